package org.scamkg.serve.pages;

import org.scamkg.site.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.site.Counted;
import org.scamkg.vocab.Ids;

/**
 * The page of an identifier that is not an entity of its own: a holding, an attestation, a
 * geometry, a vocabulary scheme or term, a named graph, the dataset. Its statements are shown by
 * the labels of their properties and values, each value a link to its own page, then the things
 * that refer to it.
 */
final class DescriptionPage {
    /** Derived numbers that serve queries (day counts), not readers. */
    private static final Set<String> HIDDEN = Set.of("firstDay", "lastDay", "periodFirstDay", "periodLastDay", "startDay", "endDay",
            "normalisedName", "label", "prefLabel", "title");

    private DescriptionPage() {}

    record Value(String text, String href, String note) {}

    record Fact(String property, List<Value> values) {}

    static String render(String iri, Labels labels, String kind, String intro) {
        Graph g = labels.graph();
        Node n = NodeFactory.createURI(iri);
        Map<String, Object> m = Site.page(labels.of(iri));
        List<String> kinds = new ArrayList<>();
        g.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> kinds.add(labels.of(t.getObject())));
        m.put("kind", kind.isEmpty() ? String.join(", ", kinds) : kind);
        m.put("iri", iri);
        m.put("intro", intro);
        m.put("formats", formats(iri));
        List<Fact> facts = facts(g.find(n, Node.ANY, Node.ANY).toList(), labels, true);
        List<Fact> referredBy = facts(g.find(Node.ANY, Node.ANY, n).toList(), labels, false);
        m.put("facts", facts);
        m.put("hasFacts", !facts.isEmpty());
        m.put("referredBy", referredBy);
        m.put("hasReferredBy", !referredBy.isEmpty());
        return Templates.render("description", m);
    }

    /** A named graph: what it is, how much it holds, and where to get it. */
    static String renderGraph(String iri, DatasetGraph dsg) {
        Graph graph = dsg.getGraph(NodeFactory.createURI(iri));
        Labels labels = new Labels(dsg);
        String slug = iri.substring(Ids.GRAPH.length());
        String source = Ids.ID + "source/" + slug;
        boolean hasSource = dsg.getUnionGraph().contains(NodeFactory.createURI(source), Node.ANY, Node.ANY);
        String intro = iri.equals(Ids.ONTOLOGY_GRAPH) ? "The ontology, its vocabularies and shapes, as loaded."
                : iri.equals(Ids.REGISTRY_GRAPH) ? "The curators' registry: people, organisations, places, posts and sites shared across sources."
                : hasSource ? "Everything one source says, each fact with its quote." : "A named graph of the dataset.";
        Map<String, Object> m = Site.page("Graph " + slug);
        m.put("kind", "Named graph");
        m.put("iri", iri);
        m.put("intro", intro + " It holds " + Counted.of(graph.size(), "triple", "triples") + ".");
        m.put("formats", formats(iri));
        List<Fact> facts = new ArrayList<>();
        if (hasSource) facts.add(new Fact("source", List.of(new Value(labels.of(source), Labels.href(source), ""))));
        m.put("facts", facts);
        m.put("hasFacts", !facts.isEmpty());
        m.put("referredBy", List.of());
        return Templates.render("description", m);
    }

    static List<Site.Link> formats(String iri) {
        String href = Labels.href(iri);
        return List.of(new Site.Link(href + ".ttl", "Turtle"), new Site.Link(href + ".jsonld", "JSON-LD"),
                new Site.Link(href + ".nt", "N-Triples"), new Site.Link(href + ".rdf", "RDF/XML"));
    }

    /** Statements grouped by property: outgoing ones show their objects, incoming ones their subjects. */
    static List<Fact> facts(List<Triple> triples, Labels labels, boolean outgoing) {
        Map<String, List<Value>> byProperty = new LinkedHashMap<>();
        for (Triple t : triples) {
            String p = t.getPredicate().getURI();
            String local = p.replaceFirst("^.*[#/]", "");
            if (outgoing && (HIDDEN.contains(local) || t.getPredicate().equals(RDF.type.asNode()))) continue;
            Node v = outgoing ? t.getObject() : t.getSubject();
            String property = labels.of(p) + (outgoing ? "" : " (of)");
            byProperty.computeIfAbsent(property, k -> new ArrayList<>()).add(value(v, labels));
        }
        List<Fact> out = new ArrayList<>();
        byProperty.forEach((p, vs) -> out.add(new Fact(p, vs)));
        return out;
    }

    static Value value(Node v, Labels labels) {
        if (v.isURI()) return new Value(labels.of(v), Labels.href(v.getURI()), "");
        if (v.isLiteral()) {
            String lang = v.getLiteralLanguage();
            return new Value(v.getLiteralLexicalForm(), "", lang.isEmpty() || lang.equals("en") ? "" : lang);
        }
        return new Value("(unnamed node)", "", "");
    }
}
