package org.scamkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.scamkg.load.GraphSink;
import org.scamkg.vocab.Ids;

/**
 * Writes a load into the store in one transaction: every curated graph (those under
 * {@code https://w3id.org/scamkg/graph/}: sources, registry, links, ontology) is replaced by the
 * new content, so a source removed from {@code data/} leaves the store too. Imported datasets
 * ({@code …/graph/import/}) and graphs users wrote under other names are left alone. Graphs
 * arrive one at a time as the load checks them; if the load throws, the transaction aborts and
 * the store is exactly as it was: nothing is committed unless every graph passed. The derived
 * graph ({@link DerivedGraph}) is rebuilt from the result in the same transaction.
 */
public final class CuratedStoreWriter {
    private CuratedStoreWriter() {}

    /** Runs {@code load} with a sink into a write transaction that first drops the old curated graphs; commits only if it returns. */
    public static <T> T replaceCurated(Dataset store, Function<GraphSink, T> load) {
        DatasetGraph target = store.asDatasetGraph();
        store.begin(ReadWrite.WRITE);
        try {
            List<Node> old = new ArrayList<>();
            target.listGraphNodes().forEachRemaining(g -> {
                if (isCurated(g)) old.add(g);
            });
            old.forEach(target::removeGraph);
            T result = load.apply((iri, graph) -> {
                Node g = NodeFactory.createURI(iri);
                graph.find().forEachRemaining(t -> target.add(Quad.create(g, t)));
            });
            // the derived graph (dropped above with the curated graphs), from what is now in the store
            DerivedGraph.rebuild(target);
            store.commit();
            return result;
        } catch (RuntimeException | Error e) {
            store.abort();
            throw e;
        } finally {
            store.end();
        }
    }

    static boolean isCurated(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(Ids.GRAPH) && !graph.getURI().startsWith(Ids.IMPORT_GRAPH_PREFIX);
    }
}
