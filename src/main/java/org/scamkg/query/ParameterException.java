package org.scamkg.query;

/**
 * A parameter value given by a user is unknown, missing or malformed. The message is meant for
 * the user as is: the command line prints it and exits non-zero, the web answers 400 with it.
 */
public class ParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParameterException(String message) { super(message); }
}
