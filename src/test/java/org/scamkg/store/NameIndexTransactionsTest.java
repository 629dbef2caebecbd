package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;

/**
 * Read transactions must leave the name index alone: a reader that aborts (as a query stopped at
 * the time limit does) while a writer is indexing names must not throw the writer's names away,
 * and readers aborting at once must each end cleanly.
 */
class NameIndexTransactionsTest {
    static final Node GRAPH = NodeFactory.createURI("urn:test:graph");
    static final Node ENTITY = NodeFactory.createURI("urn:test:entity");

    /** Thread A writes a name and waits; meanwhile this thread runs {@code reader}; then A commits. */
    static void writeAround(Dataset ds, Runnable reader) throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> w = writer.submit(() -> {
            ds.begin(ReadWrite.WRITE);
            ds.asDatasetGraph().add(GRAPH, ENTITY, RDFS.label.asNode(), NodeFactory.createLiteralString("Quuxolotl Zanzibar"));
            written.countDown();
            readDone.await();
            ds.commit();
            ds.end();
            return null;
        });
        written.await();
        try {
            reader.run();
        } finally {
            readDone.countDown();
        }
        w.get(1, TimeUnit.MINUTES);
        writer.shutdown();
    }

    static long found(Dataset ds, String word) {
        return ReadTransactions.calculate(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query '" + word + "' }").build()) {
                long n = 0;
                for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
                return n;
            }
        });
    }

    @Test
    void aReaderThatAbortsDuringAWriteKeepsTheWritersNames(@TempDir Path dir) throws Exception {
        try (KgStore s = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            Dataset ds = s.dataset();
            writeAround(ds, () -> {
                ds.begin(ReadWrite.READ);
                ds.abort();
                ds.end();
            });
            assertEquals(1, found(ds, "quuxolotl"), "the committed name is in the name index");
        }
    }

    /** Many readers aborting at once, as queries stopped at the time limit under load: every one ends cleanly. */
    @Test
    void readersAbortingAtOnceEachEndCleanly(@TempDir Path dir) throws Exception {
        try (KgStore s = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            Dataset ds = s.dataset();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) runs.add(pool.submit(() -> {
                for (int i = 0; i < 500; i++) {
                    ds.begin(ReadWrite.READ);
                    ds.abort();
                    ds.end();
                }
                return ds.isInTransaction();
            }));
            for (Future<Boolean> r : runs) assertFalse(r.get(1, TimeUnit.MINUTES), "the thread is out of its transaction");
            pool.shutdown();
            writeAround(ds, () -> {});
            assertEquals(1, found(ds, "quuxolotl"), "the name index still takes names");
        }
    }
}
