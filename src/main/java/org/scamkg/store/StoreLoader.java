package org.scamkg.store;

import org.scamkg.load.DataLayout;
import org.scamkg.load.LoadedData;
import org.scamkg.validate.CuratedValidation;

/**
 * The whole load: read and map the records, pass the SHACL gate, then write to the store in one
 * transaction and note the fingerprint of what was loaded. Nothing is written unless every step
 * before it succeeded.
 */
public final class StoreLoader {
    /** What a load wrote. */
    public record Result(int graphs, long quads) {}

    private StoreLoader() {}

    public static Result load(KgStore store, DataLayout layout) {
        String fingerprint = fingerprint(store, layout);
        LoadedData data = CuratedValidation.run(layout);
        long quads = CuratedStoreWriter.replaceCurated(store.dataset(), data);
        DataFingerprint.recordLoaded(store.storeDir(), fingerprint);
        return new Result(data.graphs().size(), quads);
    }

    /** Records, ontology and the store's own configuration: a new index setup also needs a reload. */
    private static String fingerprint(KgStore store, DataLayout layout) {
        return DataFingerprint.of(layout.dataDir(), layout.ontologyDir(), store.configDir());
    }

    /** True when the store is empty or the records changed since its last load. */
    public static boolean needsLoad(KgStore store, DataLayout layout) {
        if (store.isEmpty()) return true;
        String now = fingerprint(store, layout);
        return !DataFingerprint.lastLoaded(store.storeDir()).map(now::equals).orElse(false);
    }
}
