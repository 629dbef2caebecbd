package org.scamkg.query;

import java.util.Optional;

import org.scamkg.common.DateValue;

/** Reads an as-of date given by a user ({@code --as-of}, {@code as_of=}): absent, or a valid date. */
public final class AsOfOption {
    private AsOfOption() {}

    public static Optional<DateValue> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Optional.of(DateValue.parse(text.strip()).orElseThrow(() ->
                new ParameterException("as-of: '" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")));
    }
}
