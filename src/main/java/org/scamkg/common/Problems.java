package org.scamkg.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects problems while reading, so a curator sees all of them at once rather than one per run.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem p) { list.add(p); }

    public void add(String file, int line, String field, String reason) { list.add(new Problem(file, line, field, reason)); }

    public boolean isEmpty() { return list.isEmpty(); }

    public int size() { return list.size(); }

    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(p -> String.valueOf(p.field())));
        return copy;
    }

    /** Throws a {@link LoadException} with every problem, if there are any. */
    public void throwIfAny() {
        if (!list.isEmpty()) throw new LoadException(sorted());
    }
}
