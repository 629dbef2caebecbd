package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.generate.SyntheticDataGenerator;

/**
 * Readers during a load see the store as it was before the load or as it is after, never a
 * mix: several threads count the quads of the whole store and of the curated graphs while a
 * load replaces every curated graph in one write transaction.
 */
class LoadIsolationTest {
    record View(long all, long curatedSources) {}

    static View view(KgStore s) {
        return s.dataset().calculateRead(() -> {
            var dsg = s.dataset().asDatasetGraph();
            long all = dsg.stream().count();
            long sources = dsg.stream().filter(q -> q.getGraph().getURI().contains("/graph/source/")).count();
            return new View(all, sources);
        });
    }

    @Test
    void readersSeeBeforeOrAfterNeverAMix(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("generated");
        SyntheticDataGenerator.generate(data, 10, 3, TestProject.DATA.resolve("names/honorifics.csv"), new PrintWriter(Writer.nullWriter()));
        try (KgStore s = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            StoreLoader.load(s, TestProject.curated());
            View before = view(s);
            Set<View> seen = ConcurrentHashMap.newKeySet();
            AtomicBoolean loading = new AtomicBoolean(true);
            ExecutorService readers = Executors.newFixedThreadPool(2);
            Future<?>[] running = new Future<?>[2];
            for (int i = 0; i < running.length; i++) running[i] = readers.submit(() -> {
                while (loading.get()) seen.add(view(s));
                return null;
            });
            while (seen.isEmpty()) Thread.sleep(5);
            StoreLoader.load(s, TestProject.withData(data));
            loading.set(false);
            for (Future<?> f : running) f.get(1, TimeUnit.MINUTES);
            readers.shutdown();
            View after = view(s);

            assertNotEquals(before, after, "the load changed the store");
            assertTrue(seen.contains(before), "readers ran before the load committed");
            seen.remove(before);
            seen.remove(after);
            assertEquals(Set.of(), seen, "states that are neither before (" + before + ") nor after (" + after + ")");
        }
    }
}
