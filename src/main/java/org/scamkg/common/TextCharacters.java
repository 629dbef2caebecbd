package org.scamkg.common;

import java.util.Optional;

/**
 * Characters a value in the data may not hold. Control characters (other than tab and line
 * breaks), U+FFFE, U+FFFF and the other non-characters cannot be written in XML at all: one of
 * them in a name once broke the RDF/XML, GEXF, GraphML and SPARQL XML outputs half-way. Bidi
 * overrides, embeddings and isolates, and zero-width characters, make a name display as another
 * or hide a difference between two names. Each is refused where it is read, with its file and
 * line; a byte-order mark is accepted only as the first character of a file (and dropped there).
 */
public final class TextCharacters {
    private TextCharacters() {}

    /** Why the value cannot be accepted, or empty when it can. */
    public static Optional<String> problem(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            String what = kind(c);
            if (Character.isSurrogate(value.charAt(i)) && Character.charCount(c) == 1) what = "an unpaired surrogate";
            if (what != null)
                return Optional.of(String.format("contains U+%04X (%s) at character %d; remove it", c, what, value.codePointCount(0, i) + 1));
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    private static String kind(int c) {
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) return "a control character";
        if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) return "not a character";
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) return "a bidi control";
        if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) return "a zero-width character";
        return null;
    }
}
