package org.scamkg.store;

import java.io.PrintWriter;
import java.io.Writer;

import org.scamkg.load.CuratedDataLoader;
import org.scamkg.load.DataLayout;
import org.scamkg.load.CuratedValidation;

/**
 * The whole load: read and map the records, pass each graph through the SHACL gate, and write
 * them into the store in one transaction, committed only when every record and graph passed;
 * then note the fingerprint of what was loaded. The first load into an empty store goes through
 * TDB2's bulk loader into a staged directory moved into place at the end ({@link BulkStoreWriter}),
 * still all or nothing.
 */
public final class StoreLoader {
    /** What a load wrote; {@code bulk} when it went through TDB2's bulk loader (the store was empty). */
    public record Result(int graphs, long quads, boolean bulk) {}

    private StoreLoader() {}

    public static Result load(KgStore store, DataLayout layout) {
        return load(store, layout, new PrintWriter(Writer.nullWriter()));
    }

    /** As {@link #load(KgStore, DataLayout)}, with a progress line every few seconds on long loads. */
    public static Result load(KgStore store, DataLayout layout, PrintWriter progress) {
        return load(store, layout, progress, () -> {});
    }

    /**
     * The load, with {@code afterReading} run once every file has been read, before the commit (for
     * tests: a file changed at that moment). The fingerprint is taken before and after reading,
     * and the load commits only when both agree: the fingerprint recorded is of exactly the files
     * read. A file that changed during the load fails it, the store unchanged.
     */
    static Result load(KgStore store, DataLayout layout, PrintWriter progress, Runnable afterReading) {
        return load(store, layout, progress, afterReading, true);
    }

    /** As above; {@code bulk} false keeps the transactional path even for an empty store (tests compare the two). */
    static Result load(KgStore store, DataLayout layout, PrintWriter progress, Runnable afterReading, boolean bulk) {
        String before = fingerprint(store, layout);
        java.util.function.Function<org.scamkg.load.GraphSink, CuratedDataLoader.Summary> read = sink -> {
            CuratedDataLoader.Summary summary = CuratedValidation.run(layout, sink, progress);
            afterReading.run();
            if (!fingerprint(store, layout).equals(before))
                throw new StoreException("the records changed while they were being loaded; nothing was written: load again");
            return summary;
        };
        // an empty store takes TDB2's bulk loader (staged, then moved in); any other, one write transaction
        boolean useBulk = bulk && store.isEmpty();
        CuratedDataLoader.Summary s = useBulk ? BulkStoreWriter.loadIntoEmpty(store, read, progress)
                : CuratedStoreWriter.replaceCurated(store.dataset(), read);
        DataFingerprint.recordLoaded(store.storeDir(), before);
        DataFingerprint.clearRestored(store.storeDir()); // the store now holds data/, not a backup
        return new Result(s.graphs().size(), s.triples(), useBulk);
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
