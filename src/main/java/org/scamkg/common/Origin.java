package org.scamkg.common;

/** Where a piece of RDF came from: the record file, line and field that produced it. */
public record Origin(String file, int line, String field) {
    public Problem problem(String reason) { return new Problem(file, line, field, reason); }
}
