package org.scamkg.query;

import java.util.Optional;

import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * One page of a question's answer: its rows, where it starts (0-based), how many rows the whole
 * answer has, and the cursors of the next and previous pages (absent at either end). The first
 * page is asked for without a cursor, so the previous page of the second is "no cursor": {@link #hasPrevious()}.
 */
public record Page(RowSetRewindable rows, int rowCount, long offset, int size, long total, Optional<String> next,
                   Optional<String> previous) {

    public boolean hasPrevious() { return offset > 0; }

    /** 1-based number of the first row shown (0 when the page is empty). */
    public long firstRow() { return rowCount == 0 ? 0 : offset + 1; }

    public long lastRow() { return offset + rowCount; }
}
