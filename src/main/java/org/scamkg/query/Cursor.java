package org.scamkg.query;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.scamkg.common.DateValue;

/**
 * A position in one question's answer, as an opaque token: the offset of the next row and a hash
 * of the question (its name, its parameters as bound terms, its as-of date), so that a cursor
 * given with another question or other parameters is refused rather than answering from the
 * wrong place. The token is not a secret: it only saves asking the question from the start.
 */
public final class Cursor {
    private static final String VERSION = "c1";

    private Cursor() {}

    /** The hash of one question, the same whichever surface (CLI, API, form) asks it. */
    public static String questionKey(String name, Binding binding, Optional<DateValue> asOf) {
        Map<String, String> terms = new TreeMap<>();
        binding.forEach((v, n) -> terms.put(v.getVarName(), term(n)));
        StringBuilder text = new StringBuilder(name).append('\n');
        terms.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        asOf.ifPresent(d -> text.append("as-of=").append(d.lexical()));
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

    private static String term(Node n) { return FmtUtils.stringForNode(n); }

    public static String encode(long offset, String questionKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + "." + offset + "." + questionKey)
                .getBytes(StandardCharsets.US_ASCII));
    }

    /** The offset a cursor names, whichever question it belongs to (a client reading a server's cursors). */
    public static long offset(String token) { return Long.parseLong(parts(token)[1]); }

    private static String[] parts(String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw notACursor(token);
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !parts[0].equals(VERSION) || !parts[1].matches("[0-9]{1,15}") || !parts[2].matches("[0-9a-f]{16}"))
            throw notACursor(token);
        return parts;
    }

    /** The offset a cursor names; a cursor that is not one, or is another question's, is a {@link ParameterException}. */
    public static long decode(String token, String questionKey) {
        String[] parts = parts(token);
        if (!parts[2].equals(questionKey))
            throw new PagingException("cursor: '" + shorten(token) + "' belongs to another question or to other parameters;"
                    + " a cursor only continues the answer it came with: ask again without it for the first page");
        return Long.parseLong(parts[1]);
    }

    private static PagingException notACursor(String token) {
        return new PagingException("cursor: '" + shorten(token) + "' is not a cursor (cut short or mistyped?);"
                + " ask again without it for the first page");
    }

    private static String shorten(String s) { return s.length() > 40 ? s.substring(0, 40) + "…" : s; }
}
