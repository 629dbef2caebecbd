package org.scamkg.export;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.scamkg.store.DerivedGraph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What a client fetching one identifier gets as RDF: every statement about it, every statement
 * pointing to it, and the statements of its own parts (its attestations, holdings and geometry,
 * whose IRIs extend its own), from the union of all graphs. Call inside a read transaction.
 */
public final class EntityDescription {
    private EntityDescription() {}

    public static boolean exists(DatasetGraph dsg, String iri) {
        return dsg.getUnionGraph().contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY);
    }

    public static Graph of(DatasetGraph dsg, String iri) {
        Graph union = dsg.getUnionGraph();
        Node e = NodeFactory.createURI(iri);
        Graph g = GraphFactory.createDefaultGraph();
        union.find(e, Node.ANY, Node.ANY).forEachRemaining(g::add);
        List<Node> parts = new ArrayList<>();
        union.find(Node.ANY, Node.ANY, e).forEachRemaining(t -> {
            g.add(t);
            if (isPart(t.getSubject(), iri)) parts.add(t.getSubject());
        });
        g.find(e, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (isPart(t.getObject(), iri)) parts.add(t.getObject());
        });
        for (Node p : parts) {
            union.find(p, Node.ANY, Node.ANY).forEachRemaining(g::add);
            // a holding's own attestations: parts of the part
            union.find(Node.ANY, Node.ANY, p).forEachRemaining(t -> {
                if (isPart(t.getSubject(), iri)) union.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(g::add);
            });
        }
        // what the load derived (store.DerivedGraph) is no source's statement about the entity
        for (Node p : DerivedGraph.PREDICATES) g.remove(Node.ANY, p, Node.ANY);
        return g;
    }

    private static boolean isPart(Node n, String iri) {
        return n.isURI() && n.getURI().startsWith(iri + "/");
    }
}
