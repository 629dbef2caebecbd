package org.scamkg.cli;

import org.scamkg.common.DisplayPath;

import java.io.PrintWriter;

import org.scamkg.load.DataLayout;
import org.scamkg.store.DataFingerprint;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/**
 * Loads the curated records into a store before it is used, so a fresh clone answers at once.
 * {@code query} loads only an empty store; {@code serve} also reloads when the records changed.
 * One line on stderr says so.
 */
final class StoreAutoLoad {
    private StoreAutoLoad() {}

    static void ifEmpty(KgStore store, DataLayout layout, PrintWriter err) {
        if (store.isEmpty()) load(store, layout, err, "store is empty");
    }

    /**
     * Before serving: loads an empty store, or one whose records changed, or any when
     * {@code reload} says so. A store restored from a backup is served as restored (a read-only
     * mirror keeps its curators' graphs whatever its own data/ holds) until {@code reload}.
     */
    static void ifEmptyOrChanged(KgStore store, DataLayout layout, PrintWriter err, boolean reload) {
        if (store.isEmpty()) load(store, layout, err, "store is empty");
        else if (reload) load(store, layout, err, "--reload");
        else if (DataFingerprint.restoredFrom(store.storeDir()).isPresent()) {
            err.println("serving the store as restored from " + DataFingerprint.restoredFrom(store.storeDir()).get()
                    + "; data/ is not loaded (serve --reload loads it)");
            err.flush();
        } else if (StoreLoader.needsLoad(store, layout)) load(store, layout, err, "records changed since the last load");
    }

    private static void load(KgStore store, DataLayout layout, PrintWriter err, String why) {
        err.println("loading " + DisplayPath.of(layout.dataDir()) + " into " + DisplayPath.of(store.storeDir()) + " (" + why + ") …");
        err.flush();
        StoreLoader.Result r = StoreLoader.load(store, layout);
        err.println("loaded " + r.graphs() + " graphs, " + r.quads() + " quads");
        err.flush();
    }
}
