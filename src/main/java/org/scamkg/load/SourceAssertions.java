package org.scamkg.load;

import org.scamkg.common.Origin;
import org.scamkg.common.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Kinds;
import org.scamkg.vocab.SKG;

/**
 * What a source file declares it yields ({@code assertions:}), checked against what it does
 * yield at every load, so an edit that silently drops a person or a claim fails. A thing counts
 * for a source when it appears in that source's graph, in any position.
 */
final class SourceAssertions {
    /** The four counts every source must declare; the others are optional. */
    static final List<String> REQUIRED = List.of("persons", "organisations", "events", "claims");

    private record Declared(String kind, Resource type, int count, Origin origin) {}

    private final List<Declared> declared = new ArrayList<>();

    /** The counts a source declares, one field per collection of the ontology's kinds (persons, organisations…). */
    static SourceAssertions read(RecordFields rec, Kinds kinds) {
        SourceAssertions a = new SourceAssertions();
        for (Kinds.KindCollection c : kinds.collections()) {
            String kind = c.name();
            var n = rec.count(kind, 0);
            if (n.isPresent()) a.declared.add(new Declared(kind, c.cls(), n.get(), rec.origin(kind)));
            else if (REQUIRED.contains(kind) && !rec.has(kind)) rec.problem(kind, "required: how many " + kind + " this source yields");
        }
        rec.finish();
        return a;
    }

    /** Compares each declared count with the source graph, types looked up in the whole load. */
    void check(Graph sourceGraph, Graph allData, Problems problems) {
        for (Declared d : declared) {
            Set<String> found = yielded(sourceGraph, allData, d.type().asNode());
            if (found.size() != d.count()) {
                String list = found.isEmpty() ? "none" : String.join(", ", found);
                problems.add(d.origin().problem("declares " + d.count() + " " + d.kind() + " but the source yields "
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
