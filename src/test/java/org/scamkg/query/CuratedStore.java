package org.scamkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scamkg.TestProject;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/** A real TDB2 store on disk holding the curated data, shared by the query tests of one class. */
final class CuratedStore {
    private CuratedStore() {}

    static KgStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"));
        StoreLoader.load(store, TestProject.curated());
        return store;
    }
}
