package org.scamkg.cli;

import org.scamkg.common.DisplayPath;

import java.io.PrintWriter;

import org.scamkg.load.DataLayout;
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

    static void ifEmptyOrChanged(KgStore store, DataLayout layout, PrintWriter err) {
        if (store.isEmpty()) load(store, layout, err, "store is empty");
        else if (StoreLoader.needsLoad(store, layout)) load(store, layout, err, "records changed since the last load");
    }

    private static void load(KgStore store, DataLayout layout, PrintWriter err, String why) {
        err.println("loading " + DisplayPath.of(layout.dataDir()) + " into " + DisplayPath.of(store.storeDir()) + " (" + why + ") …");
        err.flush();
        StoreLoader.Result r = StoreLoader.load(store, layout);
        err.println("loaded " + r.graphs() + " graphs, " + r.quads() + " quads");
        err.flush();
    }
}
