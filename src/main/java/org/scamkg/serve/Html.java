package org.scamkg.serve;

import org.scamkg.vocab.Ids;

/**
 * The few pieces of HTML the server writes itself (query catalogue, result tables, entity pages):
 * every text that comes from data is escaped here, so a label holding {@code <script>} shows as
 * text. Pages are plain, without scripts.
 */
public final class Html {
    private Html() {}

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A link to an IRI: our own identifiers go to their page on this server. */
    public static String link(String iri, String text) {
        return "<a href=\"" + escape(localHref(iri)) + "\">" + escape(text) + "</a>";
    }

    /** The path on this server for one of our IRIs; other IRIs are left as they are. */
    public static String localHref(String iri) {
        return iri.startsWith(Ids.ID) ? "/id/" + iri.substring(Ids.ID.length()) : iri;
    }

    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " · scamkg</title><style>" + STYLE + "</style></head><body>"
                + "<nav><a href=\"/\">query editor</a> · <a href=\"/queries\">questions</a> · <a href=\"/search\">search</a></nav>"
                + "<h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:80rem;color:#222}"
            + "table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}"
            + "th{background:#f2f2f2}nav{margin-bottom:1rem}code{background:#f6f6f6;padding:0 .2rem}.muted{color:#666}"
            + "form label{display:block;margin:.3rem 0}input{min-width:20rem}";
}
