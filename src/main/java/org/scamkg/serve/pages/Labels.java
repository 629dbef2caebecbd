package org.scamkg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scamkg.vocab.Ids;

/**
 * What a page calls a thing: its English label (rdfs:label, skos:prefLabel, dcterms:title), and
 * for the parts that have none a phrase made of their parents' labels ("Sar Sokha as Minister of
 * Interior", "what “…” says of …", "the geometry of Phnom Penh"). A slug is shown only when
 * nothing else can name a thing. Call inside a read transaction.
 */
final class Labels {
    private static final String SKG = "https://w3id.org/scamkg/ontology#";
    private static final Node HOLDER = NodeFactory.createURI(SKG + "holder");
    private static final Node POST = NodeFactory.createURI(SKG + "post");
    private static final Node ATTESTS = NodeFactory.createURI(SKG + "attests");
    private static final Node DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node HAS_GEOMETRY = NodeFactory.createURI("http://www.opengis.net/ont/geosparql#hasGeometry");
    private static final Node SCHEMA_NAME = NodeFactory.createURI("https://schema.org/name");

    private final Graph g;

    Labels(DatasetGraph dsg) { this.g = dsg.getUnionGraph(); }

    Labels(Graph g) { this.g = g; }

    Graph graph() { return g; }

    String of(Node n) {
        if (n == null) return "";
        if (!n.isURI()) return n.isLiteral() ? n.getLiteralLexicalForm() : "";
        return of(n.getURI());
    }

    String of(String iri) {
        Node n = NodeFactory.createURI(iri);
        if (isA(n, SKG + "Claim")) return claim(n);
        for (Node p : new Node[] {RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode(), SCHEMA_NAME})
            for (String lang : new String[] {"en", ""}) {
                Optional<String> l = literal(n, p, lang);
                if (l.isPresent()) return l.get();
            }
        return composed(n, 0).orElseGet(() -> fallback(iri));
    }

    /**
     * A claim in words: its statement when the source gives one, else its figure with what it
     * counts and of whom ("35 people arrested (among …; in Cambodia; in 2023)"), never a bare
     * "nationalities: 4".
     */
    String claim(Node c) {
        Optional<String> statement = literal(c, node("statement"), "en").or(() -> literal(c, node("statement"), ""));
        if (statement.isPresent()) return statement.get();
        String approx = object(c, node("approximation")).map(this::of).map(a -> a + " ").orElse("");
        String unit = object(c, node("unit")).map(Node::getURI).orElse("");
        String amount = literal(c, node("valueInWords"), "").orElseGet(() -> {
            Optional<String> v = object(c, node("value")).map(Labels::number);
            Optional<String> min = object(c, node("minValue")).map(Labels::number);
            Optional<String> max = object(c, node("maxValue")).map(Labels::number);
            String x = v.orElseGet(() -> min.isPresent() || max.isPresent() ? min.orElse("…") + "–" + max.orElse("…") : "");
            return x.isEmpty() ? "" : approx + (unit.endsWith("/usd") ? "US$" : "") + x;
        });
        String measure = object(c, node("measure")).map(this::of).orElse("");
        if (amount.isEmpty() && measure.isEmpty()) return literal(c, RDFS.label.asNode(), "en").orElse(fallback(c.getURI()));
        List<String> about = new ArrayList<>();
        object(c, node("subgroup")).ifPresent(s -> about.add("among " + of(s)));
        g.find(c, node("about"), Node.ANY).forEachRemaining(t -> about.add("about " + of(t.getObject())));
        object(c, node("scope")).ifPresent(s -> about.add("in " + of(s)));
        literal(c, node("periodDescription"), "").ifPresent(about::add);
        return (amount + " " + measure).strip() + (about.isEmpty() ? "" : " (" + String.join("; ", about) + ")");
    }

    private static Node node(String local) { return NodeFactory.createURI(SKG + local); }

    private static String number(Node n) {
        if (!n.isLiteral()) return n.toString();
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(n.getLiteralLexicalForm());
            return java.text.NumberFormat.getNumberInstance(java.util.Locale.ENGLISH).format(d);
        } catch (NumberFormatException e) {
            return n.getLiteralLexicalForm();
        }
    }

    /** A label for a part without one, from the things it belongs to. */
    private Optional<String> composed(Node n, int depth) {
        if (depth > 2) return Optional.empty();
        Optional<Node> holder = object(n, HOLDER);
        Optional<Node> post = object(n, POST);
        if (holder.isPresent() && post.isPresent()) return Optional.of(of(holder.get()) + " as " + of(post.get()));
        Optional<Node> attested = object(n, ATTESTS);
        if (attested.isPresent()) {
            String source = object(n, DERIVED).map(this::of).orElse("a source");
            return Optional.of("what " + source + " says of " + of(attested.get()));
        }
        var owner = g.find(Node.ANY, HAS_GEOMETRY, n);
        if (owner.hasNext()) return Optional.of("the geometry of " + of(owner.next().getSubject()));
        return Optional.empty();
    }

    private Optional<String> literal(Node s, Node p, String lang) {
        var it = g.find(s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (o.isLiteral() && (lang.isEmpty() || lang.equalsIgnoreCase(o.getLiteralLanguage()))) return Optional.of(o.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    private Optional<Node> object(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    /** The last words of the IRI, for terms without a label (a vocabulary term, an ontology term). */
    static String fallback(String iri) {
        if (iri.startsWith(Ids.ID)) return Ids.shortForm(iri);
        String tail = iri.replaceFirst("^.*[#/](?=[^#/]+$)", "");
        return tail.replace('-', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the thing is of this class. */
    boolean isA(Node n, String classIri) { return g.contains(Triple.create(n, RDF.type.asNode(), NodeFactory.createURI(classIri))); }

    /** The path on this server for one of our IRIs; other IRIs are left as they are. */
    static String href(String iri) {
        return iri.startsWith(Ids.BASE) ? "/" + iri.substring(Ids.BASE.length()) : iri;
    }
}
