package org.scamkg.common;

/**
 * One thing wrong with the input, located for the curator who must fix it:
 * {@code file:line: field: reason}. The file is shown as given (relative to the data directory's parent).
 *
 * <p>Shown as one short line whatever the input ({@link OneLine}): reasons quote the offending
 * value, and a hostile file's value may hold line breaks or be megabytes long.
 */
public record Problem(String file, int line, String field, String reason) {
    public Problem {
        file = OneLine.escape(file);
        field = field == null ? null : OneLine.of(field, OneLine.MAX_FIELD);
        reason = reason == null ? null : OneLine.of(reason, OneLine.MAX_REASON);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ").append(field == null || field.isEmpty() ? "-" : field).append(": ").append(reason);
        return sb.toString();
    }
}
