package org.scamkg.common;

/**
 * A part of a document (the README's query table, docs/data.md's and docs/ftm.md's mapping
 * tables) that is generated from its one definition and kept between two marker lines, so a test
 * can compare the committed text with what the definition gives, and a command can rewrite it.
 */
public final class GeneratedSection {
    private GeneratedSection() {}

    /** {@code document} with the text between {@code start} and {@code end} replaced by {@code body}; the markers must be there. */
    public static String replace(String document, String start, String end, String body) {
        int s = document.indexOf(start);
        int e = document.indexOf(end);
        if (s < 0 || e < s) throw new IllegalArgumentException("the document has no " + start + " … " + end + " section");
        return document.substring(0, s + start.length()) + "\n" + body + document.substring(e);
    }
}
