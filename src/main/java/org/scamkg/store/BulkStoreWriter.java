package org.scamkg.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scamkg.load.GraphSink;

/**
 * The first load into an empty store, through TDB2's phased bulk loader instead of per-quad
 * inserts into a write transaction: the checked graphs stream into a fresh store directory beside
 * the real one ({@code <store>/bulk-load}), whose indexes the loader builds by sorted insertion;
 * then the derived graph is computed and, at the same time, the name index is built from the
 * loaded names, both committed by one write transaction; only then is the fresh database moved
 * into place.
 * <p>
 * The bulk loader writes its indexes directly, without a transaction to abort, so all or nothing
 * comes from the staging directory: if reading, checking or loading fails, the staging directory
 * is deleted and the store is still the empty store it was. Loads into a store that holds
 * anything keep the transactional path ({@link CuratedStoreWriter}).
 */
final class BulkStoreWriter {
    static final String STAGING = "bulk-load";

    private BulkStoreWriter() {}

    /**
     * Runs {@code load} with a sink into the bulk loader of a staged store, then moves it into
     * {@code store} (which must be empty). The phases after the records are read (TDB2's indexes,
     * the derived graph, the name index) take minutes at ten million quads, so each says on
     * {@code progress} when it starts and how long it took.
     */
    static <T> T loadIntoEmpty(KgStore store, Function<GraphSink, T> load, PrintWriter progress) {
        Path staging = store.storeDir().resolve(STAGING);
        delete(staging); // what a crashed earlier attempt left
        T result;
        try (KgStore staged = KgStore.open(store.configDir(), staging)) {
            DataLoader loader = LoaderFactory.phasedLoader(tdb2Of(staged.dataset().asDatasetGraph()), (format, args) -> {});
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                stream.start();
                try {
                    result = load.apply((iri, graph) -> {
                        Node g = NodeFactory.createURI(iri);
                        graph.find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
                    });
                } finally {
                    stream.finish(); // the end of the data: the loader's threads flush and stop
                }
                phase(progress, "TDB2's indexes (bulk loader)", loader::finishBulk);
            } catch (RuntimeException | Error e) {
                // finish the loader's pipeline (its threads wait for the end of the data) before the
                // staging directory is deleted; what it built is thrown away
                try {
                    loader.finishBulk();
                } catch (RuntimeException second) {
                    e.addSuppressed(second);
                }
                throw e;
            }
            staged.dataset().executeWrite(() -> {
                // The name index reads only the loaded names, which the derived graph does not add
                // to: it is built at the same time, from a read transaction on another thread (the
                // two took 54 s and 79 s one after the other at 10 M quads), into the index writer
                // that this write transaction commits; it is waited for before the commit, or the
                // abort that throws its names away.
                ExecutorService indexer = Executors.newSingleThreadExecutor(r -> new Thread(r, "scamkg-name-index"));
                Future<?> names = indexer.submit(() -> ReadTransactions.execute(staged.dataset(),
                        () -> phase(progress, "the name index", () -> indexNames(staged.dataset().asDatasetGraph()))));
                indexer.shutdown();
                try {
                    phase(progress, "the derived graph", () -> DerivedGraph.rebuild(staged.dataset().asDatasetGraph()));
                } catch (RuntimeException | Error e) {
                    try {
                        waitFor(names);
                    } catch (RuntimeException | Error second) {
                        e.addSuppressed(second);
                    }
                    throw e;
                }
                waitFor(names);
            });
        } catch (RuntimeException | Error e) {
            delete(staging);
            throw e;
        }
        store.replaceWithStaged(staging);
        return result;
    }

    /**
     * Adds every indexed name (rdfs:label, skos:altLabel: the entity map of dataset.ttl) to the
     * name index, as the index would have followed each insert; committed with the transaction.
     */
    private static void indexNames(DatasetGraph dsg) {
        DatasetGraphText text = textOf(dsg);
        TextIndex index = text.getTextIndex();
        EntityDefinition def = index.getDocDef();
        for (String field : def.fields())
            for (Node p : def.getPredicates(field))
                text.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    Entity e = TextQueryFuncs.entityFromQuad(def, q);
                    if (e != null) index.addEntity(e);
                });
    }

    /** Waits for a step run on another thread; its failure becomes this thread's. */
    private static void waitFor(Future<?> step) {
        try {
            step.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while the name index was built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new StoreException("the name index could not be built: " + e.getCause(), e.getCause());
        }
    }

    private static DatasetGraph tdb2Of(DatasetGraph dsg) {
        while (dsg instanceof DatasetGraphWrapper w && !TDBInternal.isTDB2(dsg)) dsg = w.getWrapped();
        if (!TDBInternal.isTDB2(dsg)) throw new StoreException("the store is not a TDB2 database: cannot bulk-load it");
        return dsg;
    }

    private static DatasetGraphText textOf(DatasetGraph dsg) {
        while (!(dsg instanceof DatasetGraphText) && dsg instanceof DatasetGraphWrapper w) dsg = w.getWrapped();
        if (dsg instanceof DatasetGraphText t) return t;
        throw new StoreException("the store has no name index (text:TextDataset in dataset.ttl)");
    }

    /** Runs a step of the load that prints nothing of its own, saying when it starts and how long it took. */
    private static void phase(PrintWriter progress, String what, Runnable step) {
        progress.printf("… %s …%n", what);
        progress.flush();
        long t0 = System.nanoTime();
        step.run();
        progress.printf("… %s: %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
        progress.flush();
    }

    private static void delete(Path dir) {
        try {
            KgStore.deleteTree(dir);
        } catch (IOException e) {
            throw new StoreException("could not delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
