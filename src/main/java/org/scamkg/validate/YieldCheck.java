package org.scamkg.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.common.Origin;
import org.scamkg.common.Problems;
import org.scamkg.vocab.Ids;

/**
 * Checks what a source declares it yields (its {@code assertions:}) against what its graph does
 * yield, so an edit that silently drops a person or a claim fails. A thing counts for a source when
 * it appears in that source's graph, in any position, and has the collection's class in the load.
 */
public final class YieldCheck {
    /** One declared count: the collection ("persons"), the class it counts, the number, where it is written. */
    public record Declared(String collection, Resource type, int count, Origin origin) {}

    private YieldCheck() {}

    /** Compares each declared count with the source graph, types looked up in the whole load. */
    public static void check(List<Declared> declared, Graph sourceGraph, Graph allData, Problems problems) {
        for (Declared d : declared) {
            Set<String> found = yielded(sourceGraph, allData, d.type().asNode());
            if (found.size() != d.count()) {
                String list = found.isEmpty() ? "none" : String.join(", ", found);
                problems.add(d.origin().problem("declares " + d.count() + " " + d.collection() + " but the source yields "
                        + found.size() + ": " + list));
            }
        }
    }

    static Set<String> yielded(Graph sourceGraph, Graph allData, Node type) {
        Set<Node> candidates = new HashSet<>();
        sourceGraph.find().forEachRemaining(t -> {
            candidates.add(t.getSubject());
            if (t.getObject().isURI()) candidates.add(t.getObject());
        });
        Set<String> out = new TreeSet<>();
        for (Node n : candidates)
            if (n.isURI() && allData.contains(Triple.create(n, RDF.type.asNode(), type))) out.add(Ids.shortForm(n.getURI()));
        return out;
    }
}
