package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;

/** A query that fails inside a read transaction opened by its caller leaves that transaction to the caller. */
class ReadTransactionsTest {
    @TempDir static Path dir;
    static KgStore store;
    static EmbeddedEngine engine;

    /** A count that no store finishes within the time limit: four copies of every statement joined. */
    static final Query STALLS = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m }");
    static final Query ONE = QueryFactory.create("SELECT ?s { ?s a ?kind } LIMIT 1");

    @BeforeAll
    static void load() {
        store = KgStore.open(TestProject.CONFIG, dir.resolve("store"));
        StoreLoader.load(store, TestProject.curated());
        engine = new EmbeddedEngine(store.dataset());
    }

    @AfterAll
    static void close() { store.close(); }

    /**
     * A page runs its queries in one read transaction, so that they all see one state of the
     * store. One of them stopped at the time limit must not end that transaction: the page's next
     * query would see what a load committed in between (with Jena's {@code calculateRead} nested,
     * it did).
     */
    @Test
    void aQueryStoppedInsideTheCallersTransactionLeavesItsSnapshotInPlace() throws Exception {
        Node late = NodeFactory.createURI("urn:test:committed-meanwhile");
        Query lateCount = QueryFactory.create("SELECT * { GRAPH <" + late.getURI() + "> { ?s ?p ?o } }");
        long seen = ReadTransactions.calculate(store.dataset(), () -> {
            assertThrows(QueryCancelledException.class, () -> engine.select(STALLS, Optional.empty(), 200));
            commitInAnotherThread(() -> store.dataset().asDatasetGraph().add(late, late, late, late));
            return engine.select(lateCount, Optional.empty(), 10_000).size();
        });
        assertEquals(0, seen, "the page's later query sees the store as its transaction began");
        assertFalse(store.dataset().isInTransaction(), "the page's transaction is over");
        assertEquals(1, engine.select(lateCount, Optional.empty(), 10_000).size(), "a new transaction sees the write");
    }

    private static void commitInAnotherThread(Runnable write) {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            writer.submit(() -> store.dataset().executeWrite(write)).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            writer.shutdown();
        }
    }

    @Test
    void aReadBegunHereEndsHereWhenItsActionFails() {
        assertThrows(IllegalStateException.class, () -> ReadTransactions.execute(store.dataset(), () -> {
            throw new IllegalStateException("failed");
        }));
        assertFalse(store.dataset().isInTransaction());
        assertEquals(1, engine.select(ONE, Optional.empty(), 10_000).size());
    }
}
