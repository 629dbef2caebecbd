package org.scamkg.query;

/** A query file is broken (bad header, bad SPARQL, undeclared parameter): names the file and why. */
public class QueryFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QueryFileException(String message) { super(message); }
}
