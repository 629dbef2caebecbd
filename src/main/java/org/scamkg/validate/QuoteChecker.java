package org.scamkg.validate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks that a quote is verbatim in its source's text and short (docs/data.md, "Quotes"). Whitespace and
 * quote marks are normalised before comparing; "…" or "..." in a quote marks an elision, and each
 * piece must then appear in order.
 *
 * <p>Every piece must be substantial: at least {@value #MIN_PIECE_CHARS} letters or digits, so a
 * quote cannot be made of ellipses or of single letters ({@code "…"}, {@code "S … i … x"}). And a
 * piece must match whole words of the text: where a piece begins or ends with a Latin letter or
 * digit, the text may not continue that word ("ice rai" does not match "police raided"). Scripts
 * written without spaces between words (Khmer, Chinese) are matched as they are. Text and quote
 * are both compared in Unicode NFC, so a name typed decomposed matches a text stored composed.
 */
public final class QuoteChecker {
    /** At most this many words per quote: enough to support a fact, short enough to cite fairly. */
    public static final int MAX_WORDS = 25;
    /** The fewest letters or digits in each piece of a quote. */
    public static final int MIN_PIECE_CHARS = 2;
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)\\s*");

    private final String normalisedText;

    /** @param text the source's full text, or null when the record says the text may not be shared */
    public QuoteChecker(String text) {
        this.normalisedText = text == null ? null : normalise(text);
    }

    public boolean hasText() { return normalisedText != null; }

    /** A reason the quote is not acceptable, or empty when it is. */
    public Optional<String> check(String quote) {
        String q = Normalizer.normalize(quote, Normalizer.Form.NFC).strip();
        int words = q.isEmpty() ? 0 : q.split("\\s+").length;
        if (words > MAX_WORDS) return Optional.of("quote has " + words + " words; at most " + MAX_WORDS + " are allowed");
        List<String> pieces = new ArrayList<>(List.of(ELLIPSIS.split(q, -1)));
        // An ellipsis may open or close a quote ("… and then"); between pieces it must join two.
        if (!pieces.isEmpty() && pieces.get(0).isBlank()) pieces.remove(0);
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).isBlank()) pieces.remove(pieces.size() - 1);
        if (pieces.isEmpty()) return Optional.of("a quote must quote words of the text, not only an ellipsis");
        for (String piece : pieces)
            if (piece.codePoints().filter(Character::isLetterOrDigit).count() < MIN_PIECE_CHARS)
                return Optional.of("each piece of a quote needs at least " + MIN_PIECE_CHARS + " letters or digits of the text: \"" + piece + "\"");
        if (normalisedText == null) return Optional.empty();
        int from = 0;
        for (String piece : pieces) {
            String p = normalise(piece);
            int at = findWords(p, from);
            if (at < 0) return Optional.of("not found verbatim in the source text: \"" + piece + "\"");
            from = at + p.length();
        }
        return Optional.empty();
    }

    /** The first place at or after {@code from} where {@code p} appears as whole words, or -1. */
    private int findWords(String p, int from) {
        for (int at = normalisedText.indexOf(p, from); at >= 0; at = normalisedText.indexOf(p, at + 1)) {
            int end = at + p.length();
            boolean startOk = at == 0 || !joins(normalisedText.codePointBefore(at), p.codePointAt(0));
            boolean endOk = end >= normalisedText.length() || !joins(p.codePointBefore(p.length()), normalisedText.codePointAt(end));
            if (startOk && endOk) return at;
        }
        return -1;
    }

    /** Whether two adjacent characters belong to one Latin-script word. */
    private static boolean joins(int a, int b) { return latinWordChar(a) && latinWordChar(b); }

    private static boolean latinWordChar(int c) {
        return Character.isDigit(c) || (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }
}
