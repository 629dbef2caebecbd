package org.scamkg.query;

import java.util.Optional;

/**
 * Which part of an answer to give: a page of {@code size} rows from the position a cursor names,
 * or the whole answer ({@link #whole()}). Sizes are bounded so that no page can be the whole graph
 * by accident: a page has 1 to {@link #MAX_SIZE} rows.
 */
public record PageRequest(int size, Optional<String> cursor) {
    /** The page size of the forms and the JSON API when none is asked for. */
    public static final int DEFAULT_SIZE = 100;
    /** The largest page; the whole answer is asked for as {@code all} (downloads) or by asking for no page (CLI). */
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (size != 0 && (size < 1 || size > MAX_SIZE)) throw badSize(String.valueOf(size));
    }

    /** The whole answer, unpaged. */
    public static PageRequest whole() { return new PageRequest(0, Optional.empty()); }

    public boolean isWhole() { return size == 0; }

    /**
     * A page size and cursor as a user gave them (either may be absent or blank): {@code size}
     * {@code all} asks for the whole answer, absent means {@code defaultSize} (0 for the whole
     * answer). A cursor needs a page: given alone, it reads a page of {@link #DEFAULT_SIZE}.
     */
    public static PageRequest parse(String size, String cursor, int defaultSize) {
        Optional<String> c = Optional.ofNullable(cursor).map(String::strip).filter(s -> !s.isEmpty());
        String s = size == null ? "" : size.strip();
        if (s.equals("all")) {
            if (c.isPresent()) throw new PagingException("page size: 'all' asks for the whole answer, which has no cursor; leave the cursor out");
            return whole();
        }
        if (s.isEmpty()) return new PageRequest(defaultSize == 0 && c.isPresent() ? DEFAULT_SIZE : defaultSize, c);
        try {
            int n = Integer.parseInt(s);
            if (n < 1) throw badSize(s);
            return new PageRequest(n, c);
        } catch (NumberFormatException e) {
            throw badSize(s);
        }
    }

    private static PagingException badSize(String s) {
        return new PagingException("page size: '" + s + "' is not a whole number from 1 to " + MAX_SIZE
                + " (or 'all' for the whole answer)");
    }
}
