package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.TestStores;
import org.scamkg.common.LoadException;
import org.scamkg.query.NameSearch;

/**
 * The first load into an empty store goes through TDB2's bulk loader; it must make exactly the
 * store the transactional path makes (quads, derived graph and name index), stay all or nothing,
 * and leave later loads on the transactional path.
 */
class BulkLoadTest {
    private static final PrintWriter QUIET = new PrintWriter(Writer.nullWriter());

    private static List<String> names(KgStore store, String... queries) {
        NameSearch search = new NameSearch(store.dataset(), 10_000);
        return java.util.Arrays.stream(queries).map(q -> q + " → " + search.search(q, 20).stream().map(h -> h.entity()).sorted().toList()).toList();
    }

    @Test
    void theBulkAndTheTransactionalPathMakeTheSameStore(@TempDir Path dir) {
        String[] queries = {"sokha", "sar kheng", "hun", "prince", "huione", "kokang"};
        List<String> bulkContent;
        List<String> bulkNames;
        java.io.StringWriter said = new java.io.StringWriter();
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("bulk"))) {
            StoreLoader.Result r = StoreLoader.load(store, TestProject.curated(), new PrintWriter(said), () -> {}, true);
            assertTrue(r.bulk(), "an empty store is bulk-loaded");
            // the silent phases after reading say what they do and how long they took
            for (String phase : List.of("TDB2's indexes (bulk loader)", "the derived graph", "the name index"))
                assertTrue(said.toString().matches("(?s).*… " + java.util.regex.Pattern.quote(phase) + ": \\d+\\.\\d s\\n.*"), phase + " in: " + said);
            bulkContent = TestStores.content(store);
            bulkNames = names(store, queries);
        }
        assertFalse(Files.exists(dir.resolve("bulk").resolve(BulkStoreWriter.STAGING)), "the staging directory is gone");
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("txn"))) {
            StoreLoader.Result r = StoreLoader.load(store, TestProject.curated(), QUIET, () -> {}, false);
            assertFalse(r.bulk());
            assertEquals(TestStores.content(store), bulkContent);
            assertEquals(names(store, queries), bulkNames);
        }
        assertTrue(bulkNames.stream().anyMatch(l -> l.contains("/person/")), "the names are indexed: " + bulkNames);
        // and the bulk-loaded store reopens as it was
        assertEquals(bulkContent, TestStores.content(dir.resolve("bulk")));
    }

    @Test
    void aFailedBulkLoadLeavesTheStoreEmptyAndALaterLoadWorks(@TempDir Path dir) {
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            Path bad = TestProject.fixtureData(dir.resolve("bad"), "unresolved-reference");
            assertThrows(LoadException.class, () -> StoreLoader.load(store, TestProject.withData(bad)));
            assertTrue(store.isEmpty());
            assertFalse(Files.exists(dir.resolve("store").resolve(BulkStoreWriter.STAGING)));
            // a file changed during the load: refused after the bulk loader took every graph
            Path data = TestProject.fixtureData(dir.resolve("good"), null);
            assertThrows(StoreException.class, () -> StoreLoader.load(store, TestProject.withData(data), QUIET,
                    () -> appendLine(data.resolve("registry/places.csv")), true));
            assertTrue(store.isEmpty(), "nothing of the refused bulk load is in the store");
            assertTrue(StoreLoader.load(store, TestProject.curated()).bulk());
            assertFalse(store.isEmpty());
        }
    }

    @Test
    void aLoadIntoAStoreThatHoldsDataStaysTransactional(@TempDir Path dir) {
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            assertTrue(StoreLoader.load(store, TestProject.curated()).bulk());
            List<String> first = TestStores.content(store);
            assertFalse(StoreLoader.load(store, TestProject.curated()).bulk());
            assertEquals(first, TestStores.content(store), "a reload of the same records changes nothing");
        }
    }

    private static void appendLine(Path file) {
        try {
            Files.writeString(file, Files.readString(file) + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
