package org.scamkg.common;

/**
 * Makes text from the input safe to show as part of one line of an error report. Reasons quote
 * the offending value, and a hostile file's value may hold line breaks (which would fake further
 * report lines, even a stack trace) or be megabytes long (a 10 MB line echoed whole). So control
 * characters are escaped (a line break shows as a backslash and n), a quoted value ('…' or "…")
 * longer than {@link #MAX_QUOTED} keeps its start and end around an ellipsis, and so, past its
 * limit, does the whole text.
 */
final class OneLine {
    static final int MAX_QUOTED = 80;
    static final int MAX_FIELD = 120;
    static final int MAX_REASON = 400;

    private OneLine() {}

    static String of(String s, int max) {
        return escape(elide(shortenQuoted(s), max));
    }

    /** Every quoted stretch longer than {@link #MAX_QUOTED} elided in its middle. */
    static String shortenQuoted(String s) {
        if (s.length() <= MAX_QUOTED) return s;
        StringBuilder b = new StringBuilder();
        int done = 0;
        for (int i = 0; i < s.length(); i++) {
            char q = s.charAt(i);
            if (q != '\'' && q != '"') continue;
            int end = s.indexOf(q, i + 1);
            if (end < 0) break;
            if (end - i - 1 > MAX_QUOTED) {
                b.append(s, done, i + 1).append(elide(s.substring(i + 1, end), MAX_QUOTED));
                done = end;
            }
            i = end;
        }
        return done == 0 ? s : b.append(s, done, s.length()).toString();
    }

    /** {@code s} itself when short enough; otherwise its first two thirds and its end around "…". */
    static String elide(String s, int max) {
        if (s.length() <= max) return s;
        int head = cut(s, max * 2 / 3);
        int tail = cut(s, s.length() - (max - head - 1));
        return s.substring(0, head) + "…" + s.substring(tail);
    }

    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean breaks = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (!breaks) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }

    /** {@code at}, moved back one if it would split a surrogate pair. */
    private static int cut(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) && Character.isHighSurrogate(s.charAt(at - 1)) ? at - 1 : at;
    }
}
