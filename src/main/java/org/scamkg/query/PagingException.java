package org.scamkg.query;

/**
 * A page size or cursor that cannot be used: a kind of bad parameter (HTTP 400), and on the
 * command line wrong usage of an option (exit 2), like any other bad option value.
 */
public final class PagingException extends ParameterException {
    private static final long serialVersionUID = 1L;

    public PagingException(String message) { super(message); }
}
