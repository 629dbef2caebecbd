package org.scamkg.load;

import org.scamkg.common.Origin;

import java.util.List;
import java.util.Optional;

/**
 * The fields of one entity record, whether a CSV registry row or a YAML record, so that one
 * {@link EntityWriter} serves both.
 */
interface FieldSource {
    Optional<String> text(String field);

    /** Values of a field that may hold several: a YAML list, or a CSV cell separated by {@code |}. */
    List<String> list(String field);

    Origin origin(String field);

    /** The whole record: where a problem that belongs to no one field is reported. */
    Origin recordOrigin();

    void problem(String field, String reason);
}
