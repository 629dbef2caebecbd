package org.scamkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.TestStores;
import org.scamkg.load.DataLayout;
import org.scamkg.store.Backup;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/**
 * Issue 17 item 12: a read-only mirror restored from the curators' backup was reloaded from its
 * own data/ by the next serve, which replaced the restored curated graphs. Serve keeps them now,
 * until told to reload.
 */
class RestoreThenServeTest {
    static final PrintWriter QUIET = new PrintWriter(Writer.nullWriter());

    @Test
    void serveKeepsTheRestoredGraphsUnlessToldToReload(@TempDir Path dir) {
        Path backup = dir.resolve("kg.nq.gz");
        List<String> curated;
        try (KgStore a = KgStore.open(TestProject.CONFIG, dir.resolve("a"))) {
            StoreLoader.load(a, TestProject.curated());
            Backup.write(a, backup, QUIET);
            curated = TestStores.content(a);
        }
        DataLayout otherData = TestProject.withData(TestProject.fixtureData(dir.resolve("mirror"), null));
        try (KgStore mirror = KgStore.open(TestProject.CONFIG, dir.resolve("b"))) {
            Backup.restore(mirror, backup, QUIET);
            StringWriter said = new StringWriter();
            StoreAutoLoad.ifEmptyOrChanged(mirror, otherData, new PrintWriter(said), false);
            assertEquals(curated, TestStores.content(mirror), "the restored graphs are served");
            assertTrue(said.toString().contains("serving the store as restored from kg.nq.gz"), said.toString());

            StoreAutoLoad.ifEmptyOrChanged(mirror, otherData, QUIET, true);
            assertNotEquals(curated, TestStores.content(mirror), "--reload loads data/");
            StringWriter second = new StringWriter();
            StoreAutoLoad.ifEmptyOrChanged(mirror, otherData, new PrintWriter(second), false);
            assertTrue(second.toString().isEmpty(), "after a load the store follows data/ again: " + second);
        }
    }
}
