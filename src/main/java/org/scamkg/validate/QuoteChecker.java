package org.scamkg.validate;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a quote is verbatim in its source's text and short (docs/data.md, "Quotes"). Whitespace and
 * quote marks are normalised before comparing; "…" or "..." in a quote marks an elision, and each
 * piece must then appear in order.
 */
public final class QuoteChecker {
    /** At most this many words per quote: enough to support a fact, short enough to cite fairly. */
    public static final int MAX_WORDS = 25;
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)\\s*");

    private final String normalisedText;

    /** @param text the source's full text, or null when the source's text is not in {@code data/texts/} */
    public QuoteChecker(String text) {
        this.normalisedText = text == null ? null : normalise(text);
    }

    public boolean hasText() { return normalisedText != null; }

    /** A reason the quote is not acceptable, or empty when it is. */
    public Optional<String> check(String quote) {
        String q = quote.strip();
        int words = q.isEmpty() ? 0 : q.split("\\s+").length;
        if (words > MAX_WORDS) return Optional.of("quote has " + words + " words; at most " + MAX_WORDS + " are allowed");
        if (normalisedText == null) return Optional.empty();
        int from = 0;
        for (String piece : ELLIPSIS.split(q)) {
            String p = normalise(piece);
            if (p.isEmpty()) continue;
            int at = normalisedText.indexOf(p, from);
            if (at < 0) return Optional.of("not found verbatim in the source text: \"" + piece + "\"");
            from = at + p.length();
        }
        return Optional.empty();
    }

    static String normalise(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
