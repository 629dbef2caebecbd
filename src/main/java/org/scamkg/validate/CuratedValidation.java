package org.scamkg.validate;

import java.util.List;

import org.scamkg.load.CuratedDataLoader;
import org.scamkg.load.DataLayout;
import org.scamkg.load.LoadException;
import org.scamkg.load.LoadedData;
import org.scamkg.load.Problem;

/**
 * Reads, maps and validates the curated records: everything a load does short of writing.
 * Used by {@code validate} alone and by {@code load} and {@code serve} before they write.
 */
public final class CuratedValidation {
    private CuratedValidation() {}

    /** The validated data; throws {@link LoadException} with every reading or shape problem. */
    public static LoadedData run(DataLayout layout) {
        LoadedData data = new CuratedDataLoader(layout).load();
        List<Problem> violations = ShaclGate.fromFile(layout.shapesFile()).check(data);
        if (!violations.isEmpty()) throw new LoadException(violations);
        return data;
    }
}
