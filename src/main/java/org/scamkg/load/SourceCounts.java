package org.scamkg.load;

import org.scamkg.common.Literals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.vocab.SKG;

/**
 * Precomputed at load: how many people and organisations a source's graph mentions and how
 * many events and claims it states, written on the source itself (skg:personCount…). The
 * source catalogue then reads four numbers per source instead of scanning every graph, which
 * at ten million triples took seconds.
 */
public final class SourceCounts {
    private SourceCounts() {}

    /**
     * Adds the counts for {@code source} to {@code graph}; {@code types} answers the types of the
     * nodes it mentions (the graph itself with its neighbours' types).
     */
    public static void add(Graph graph, Graph types, Node source) {
        Set<Node> mentioned = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            if (t.getObject().isURI()) mentioned.add(t.getObject());
        });
        long persons = 0, orgs = 0, events = 0, claims = 0;
        Node type = RDF.type.asNode();
        for (Node n : mentioned) {
            if (!n.isURI()) continue;
            if (types.contains(n, type, FOAF.Person.asNode())) persons++;
            if (types.contains(n, type, ORG.Organization.asNode())) orgs++;
            if (graph.contains(n, type, SKG.Event.asNode())) events++;
            if (graph.contains(n, type, SKG.Claim.asNode())) claims++;
        }
        triples(source, persons, orgs, events, claims).forEach(graph::add);
    }

    /** The four count statements about {@code source}: the one place that says which property holds which count. */
    public static List<Triple> triples(Node source, long persons, long organisations, long events, long claims) {
        return List.of(count(source, SKG.personCount, persons), count(source, SKG.organisationCount, organisations),
                count(source, SKG.eventCount, events), count(source, SKG.claimCount, claims));
    }

    private static Triple count(Node source, Property p, long n) {
        return Triple.create(source, p.asNode(), Literals.integer(n).asNode());
    }
}
