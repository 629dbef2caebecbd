package org.scamkg.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.scamkg.load.LoadedData;
import org.scamkg.vocab.Ids;

/**
 * Writes a validated load into the store in one transaction: every curated graph (those under
 * {@code https://w3id.org/scamkg/graph/}: sources, registry, ontology) is replaced by the new
 * content, so a source removed from {@code data/} leaves the store too. Imported datasets
 * ({@code …/graph/import/}) and graphs users wrote under other names are left alone. If
 * anything fails the transaction aborts and the store is exactly as it was.
 */
public final class CuratedStoreWriter {
    private CuratedStoreWriter() {}

    /** Replaces the curated graphs; answers the number of quads written. */
    public static long replaceCurated(Dataset store, LoadedData data) {
        DatasetGraph target = store.asDatasetGraph();
        DatasetGraph source = data.dataset();
        return store.calculateWrite(() -> {
            List<Node> old = new ArrayList<>();
            target.listGraphNodes().forEachRemaining(g -> {
                if (isCurated(g)) old.add(g);
            });
            old.forEach(target::removeGraph);
            long[] count = {0};
            source.find().forEachRemaining(q -> {
                target.add(q);
                count[0]++;
            });
            return count[0];
        });
    }

    static boolean isCurated(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(Ids.GRAPH) && !graph.getURI().startsWith(Ids.IMPORT_GRAPH_PREFIX);
    }
}
