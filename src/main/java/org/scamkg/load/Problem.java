package org.scamkg.load;

/**
 * One thing wrong with the input, located for the curator who must fix it:
 * {@code file:line: field: reason}. The file is shown as given (relative to the data directory's parent).
 */
public record Problem(String file, int line, String field, String reason) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ").append(field == null || field.isEmpty() ? "-" : field).append(": ").append(reason);
        return sb.toString();
    }
}
