package org.scamkg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.vocab.Ids;

/**
 * A picture's worth of the graph: nodes (entities with label, kind and page) and edges (a
 * statement with its property's label, and the sources and quotes behind it). An entity's
 * neighbourhood comes from the entity-profile question, with a holding drawn as the person
 * holding the post; a chain between two entities comes from links-between. Claims, sources and
 * attestations are left out of the neighbourhood: they would hide the actors. Call inside a read
 * transaction.
 */
final class Network {
    private static final String SKG = "https://w3id.org/scamkg/ontology#";
    private static final Set<String> SKIPPED = Set.of("attests", "type", "wasDerivedFrom", "claimant", "about", "scope", "occasion",
            "sameAs", "inScheme");
    private static final Set<Ids.Kind> ACTORS = Set.of(Ids.Kind.PERSON, Ids.Kind.ORG, Ids.Kind.POST, Ids.Kind.SITE, Ids.Kind.PLACE,
            Ids.Kind.LICENCE, Ids.Kind.EVENT);

    record NodeView(String id, String label, String kind, String href) {}

    record Evidence(String source, String sourceHref, String quote) {}

    record Edge(String id, String from, String to, String label, List<Evidence> evidence) {}

    final Map<String, NodeView> nodes = new LinkedHashMap<>();
    final Map<String, Edge> edges = new LinkedHashMap<>();
    private final Labels labels;

    Network(Labels labels) { this.labels = labels; }

    Map<String, Object> json() {
        return Map.of("nodes", new ArrayList<>(nodes.values()), "edges", new ArrayList<>(edges.values()));
    }

    NodeView node(String iri) {
        return nodes.computeIfAbsent(iri, i -> new NodeView(i, labels.of(i), kind(i), Labels.href(i)));
    }

    void edge(String from, String to, String property, Evidence evidence) {
        node(from);
        node(to);
        String label = labels.of(property);
        // One line per pair: a person's "holds" and its holding's "post held" are one fact, shown once with all its evidence.
        Edge reverse = edges.get(to + " " + from); // "held by" is "holds" read backwards: one line
        Edge e = reverse != null ? reverse : edges.computeIfAbsent(from + " " + to, id -> new Edge(id, from, to, label, new ArrayList<>()));
        if (evidence != null && !evidence.source().isEmpty() && !e.evidence().contains(evidence)) e.evidence().add(evidence);
    }

    static String kind(String iri) {
        return Ids.parseRef(Ids.shortForm(iri)).map(r -> r.kind().segment()).orElse("other");
    }

    static boolean isActor(String iri) {
        return iri.startsWith(Ids.ID) && Ids.parseRef(Ids.shortForm(iri)).map(r -> ACTORS.contains(r.kind())).orElse(false);
    }

    /** The entity and everything one statement away from it. */
    static Network around(String iri, QueryCatalog catalog, Dataset ds, long timeoutMillis) {
        Labels labels = new Labels(ds.asDatasetGraph());
        Network n = new Network(labels);
        n.node(iri);
        Optional<CannedQuery> q = catalog.get("entity-profile");
        if (q.isEmpty()) return n;
        RowSetRewindable rows = new QueryRunner(ds, timeoutMillis).select(q.get(), Map.of("entity", iri), Optional.empty());
        Graph g = labels.graph();
        while (rows.hasNext()) {
            Binding r = rows.next();
            Node v = r.get("value");
            Node p = r.get("property");
            if (v == null || !v.isURI() || p == null || SKIPPED.contains(p.getURI().replaceFirst("^.*[#/]", ""))) continue;
            boolean out = "out".equals(text(r, "direction"));
            String other = v.getURI();
            String property = p.getURI();
            Evidence ev = new Evidence(labels.of(r.get("source")), href(r.get("source")), text(r, "quote").replace(" | ", " … "));
            if (other.contains("/holds/")) { // a holding: the person holding the post
                Optional<Node> post = first(g, v, SKG + "post");
                Optional<Node> holder = first(g, v, SKG + "holder");
                if (post.isEmpty() || holder.isEmpty()) continue;
                n.edge(holder.get().getURI(), post.get().getURI(), SKG + "post", ev);
                continue;
            }
            if (!isActor(other)) continue;
            if (out) n.edge(iri, other, property, ev);
            else n.edge(other, iri, property, ev);
        }
        return n;
    }

    /** Chains of statements between two entities (links-between), each hop with its source and quote. */
    record Hop(String from, String fromLabel, String fromHref, String property, String to, String toLabel, String toHref,
               List<Evidence> evidence) {}

    record Chain(int hops, List<Hop> steps) {}

    static List<Chain> chains(RowSetRewindable rows, Labels labels, Network picture) {
        List<Chain> out = new ArrayList<>();
        while (rows.hasNext()) {
            Binding r = rows.next();
            String[] tokens = text(r, "path").split(" ");
            List<Hop> hops = new ArrayList<>();
            for (int i = 1; i + 1 < tokens.length; i += 2) {
                String a = Ids.resolve(tokens[i - 1]).orElse(tokens[i - 1]);
                String b = Ids.resolve(tokens[i + 1]).orElse(tokens[i + 1]);
                String arrow = tokens[i];
                boolean forward = arrow.startsWith("->");
                String local = arrow.replaceAll("^(->|<-)|(->|<-)$", "");
                String property = propertyIri(local, labels.graph());
                String from = forward ? a : b;
                String to = forward ? b : a;
                List<Evidence> evidence = new ArrayList<>();
                int hop = i / 2 + 1;
                for (String graph : text(r, "hop" + hop + "Graphs").split(" ")) {
                    if (graph.isBlank()) continue;
                    String slug = graph.substring(graph.lastIndexOf('/') + 1);
                    String source = Ids.ID + "source/" + slug;
                    String sourceLabel = graph.equals(Ids.REGISTRY_GRAPH) ? labels.of(Ids.REGISTRY_SOURCE) : labels.of(source);
                    String sourceHref = Labels.href(graph.equals(Ids.REGISTRY_GRAPH) ? Ids.REGISTRY_SOURCE : source);
                    evidence.add(new Evidence(sourceLabel, sourceHref, quote(labels.graph(), from, to, slug)));
                }
                hops.add(new Hop(a, labels.of(a), Labels.href(a), (forward ? "" : "is ") + labels.of(property) + (forward ? "" : " of"),
                        b, labels.of(b), Labels.href(b), evidence));
                if (picture != null) picture.edge(from, to, property, evidence.isEmpty() ? null : evidence.get(0));
            }
            out.add(new Chain(hops.size(), hops));
        }
        return out;
    }

    /** The words of a source about either end of a statement: an attestation's quote, or the thing's own quote (a claim's, an event's). */
    private static String quote(Graph g, String from, String to, String sourceSlug) {
        for (String end : new String[] {from, to}) {
            Optional<Node> q = first(g, NodeFactory.createURI(end + "/attested/" + sourceSlug), SKG + "quote");
            if (q.isPresent()) return q.get().getLiteralLexicalForm();
        }
        for (String end : new String[] {from, to}) {
            Node n = NodeFactory.createURI(end);
            var derived = g.find(n, NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"), NodeFactory.createURI(Ids.ID + "source/" + sourceSlug));
            if (derived.hasNext()) {
                Optional<Node> q = first(g, n, SKG + "quote");
                if (q.isPresent()) return q.get().getLiteralLexicalForm();
            }
        }
        return "";
    }

    /** The property a path names by its local name: ours, or a reused one the data uses. */
    private static String propertyIri(String local, Graph g) {
        for (String ns : new String[] {SKG, "http://www.w3.org/ns/org#", "https://schema.org/", "http://www.w3.org/2004/02/skos/core#",
                "http://www.w3.org/ns/prov#", "http://www.opengis.net/ont/geosparql#"}) {
            Node p = NodeFactory.createURI(ns + local);
            if (g.contains(Node.ANY, p, Node.ANY)) return p.getURI();
        }
        return SKG + local;
    }

    private static Optional<Node> first(Graph g, Node s, String p) {
        var it = g.find(s, NodeFactory.createURI(p), Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static String href(Node n) { return n != null && n.isURI() ? Labels.href(n.getURI()) : ""; }

    private static String text(Binding r, String var) {
        Node n = r.get(var);
        if (n == null) return "";
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static Set<String> ids(List<Chain> chains) {
        Set<String> s = new LinkedHashSet<>();
        chains.forEach(c -> c.steps().forEach(h -> { s.add(h.from()); s.add(h.to()); }));
        return s;
    }
}
