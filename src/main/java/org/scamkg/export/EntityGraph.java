package org.scamkg.export;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.Kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.scamkg.store.KgEngine;
import org.scamkg.vocab.Ids;

/**
 * The graph as network tools see it: entities (people, organisations, posts, places, sites,
 * licences, events, claims, sources) as nodes with a label and a kind, and every statement
 * between two of them as an edge labelled with its property and the graph that states it.
 * Holdings and attestations are not nodes: a holding appears as its holder's edge to the post.
 */
public final class EntityGraph {
    /** A node: its IRI, label and kind (person, company, city, raid…). */
    public record NodeRow(String id, String label, String kind) {}

    /** An edge: from, to, the property's local name, its IRI, and the graph that states it. */
    public record EdgeRow(String source, String target, String label, String property, String graph) {}

    private static final Query NODES = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?n ?type ?label WHERE {
              ?n a ?type .
              OPTIONAL { ?n rdfs:label|dcterms:title ?label }
            }""");

    private static final Query EDGES = QueryFactory.create("""
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o) && ?p != rdf:type && ?g != <""" + Ids.DERIVED_GRAPH + """
            >) }""");

    private final List<NodeRow> nodes;
    private final List<EdgeRow> edges;

    private EntityGraph(List<NodeRow> nodes, List<EdgeRow> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    public List<NodeRow> nodes() { return nodes; }

    public List<EdgeRow> edges() { return edges; }

    /** Reads nodes and edges from the store (all graphs), on whichever engine holds it. */
    public static EntityGraph of(Dataset store) {
        return ReadTransactions.calculate(store, () -> {
            Kinds kinds = Kinds.of(store);
            Map<String, Set<Resource>> types = new LinkedHashMap<>();
            Map<String, String> label = new LinkedHashMap<>();
            KgEngine engine = KgEngine.of(store);
            {
                engine.select(NODES, Optional.empty(), 0).forEachRemaining(b -> {
                    Node n = b.get("n");
                    if (!n.isURI() || !n.getURI().startsWith(Ids.ID) || !b.get("type").isURI()) return;
                    String id = n.getURI();
                    types.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(ResourceFactory.createResource(b.get("type").getURI()));
                    Node l = b.get("label");
                    if (l != null && l.isLiteral() && (!label.containsKey(id) || "en".equals(l.getLiteralLanguage())))
                        label.put(id, l.getLiteralLexicalForm());
                });
            }
            // a node's kind is the display name of its most specific class (Compound, not Site); things without one are not nodes
            Map<String, String> kind = new LinkedHashMap<>();
            types.forEach((id, ts) -> kinds.displayName(ts).ifPresent(k -> kind.put(id, k)));
            List<NodeRow> nodes = new ArrayList<>();
            kind.keySet().stream().sorted().forEach(id -> nodes.add(new NodeRow(id, label.getOrDefault(id, Ids.shortForm(id)), kind.get(id))));
            Set<String> seen = new LinkedHashSet<>();
            List<EdgeRow> edges = new ArrayList<>();
            {
                engine.select(EDGES, Optional.empty(), 0).forEachRemaining(b -> {
                    String s = b.get("s").isURI() ? b.get("s").getURI() : null;
                    String o = b.get("o").getURI();
                    if (s == null || !kind.containsKey(s) || !kind.containsKey(o)) return;
                    String p = b.get("p").getURI();
                    String g = b.get("g").getURI();
                    if (seen.add(s + " " + p + " " + o + " " + g))
                        edges.add(new EdgeRow(s, o, p.replaceFirst("^.*[#/]", ""), p, g));
                });
            }
            edges.sort(java.util.Comparator.comparing(EdgeRow::source).thenComparing(EdgeRow::property).thenComparing(EdgeRow::target)
                    .thenComparing(EdgeRow::graph));
            return new EntityGraph(nodes, edges);
        });
    }
}
