package org.scamkg.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.scamkg.vocab.Ids;

/**
 * An external endpoint seen as a read-only dataset, for the code that walks the graph triple by
 * triple. Each look-up is a SPARQL SELECT over the store's graphs (those under
 * {@code https://w3id.org/scamkg/graph/}); the default graph is their union, each triple once, as
 * in the embedded store. Inside a read transaction the answers are remembered, and the first
 * look-up of a subject fetches all its triples at once, so a page that asks a thing's label,
 * type and names costs one request for it, not one per property. Writes are refused.
 */
final class EndpointDatasetGraph extends DatasetGraphBaseFind {
    /** The longest one look-up may take. */
    private static final long LOOKUP_TIMEOUT_MILLIS = 60_000;
    private static final String IN_STORE = "FILTER(STRSTARTS(STR(?g), \"" + Ids.GRAPH + "\"))";

    private final EndpointEngine engine;
    private final ThreadLocal<Map<String, List<Quad>>> cache = new ThreadLocal<>();
    private final ThreadLocal<ReadWrite> mode = new ThreadLocal<>();

    EndpointDatasetGraph(EndpointEngine engine) { this.engine = engine; }

    EndpointEngine engine() { return engine; }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) { return union(s, p, o, Quad.defaultGraphIRI).iterator(); }

    @Override
    public Iterator<Quad> findQuadsInUnionGraph(Node s, Node p, Node o) { return union(s, p, o, Quad.unionGraph).iterator(); }

    @Override
    public Iterator<Triple> findInUnionGraph(Node s, Node p, Node o) {
        return union(s, p, o, Quad.unionGraph).stream().map(Quad::asTriple).iterator();
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        if (!g.isURI()) return List.<Quad>of().iterator();
        return lookup("G" + key(g, s, p, o), "SELECT ?s ?p ?o WHERE { GRAPH " + term(g, "?g") + " { " + pattern(s, p, o) + " } }",
                b -> Quad.create(g, val(b, "s", s), val(b, "p", p), val(b, "o", o))).iterator();
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        return lookup("N" + key(Node.ANY, s, p, o), "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { " + pattern(s, p, o) + " } " + IN_STORE + " }",
                b -> Quad.create(b.get("g"), val(b, "s", s), val(b, "p", p), val(b, "o", o))).iterator();
    }

    /** The union graph's triples matching the pattern, each once; a subject's triples are fetched together and filtered here. */
    private List<Quad> union(Node s, Node p, Node o, Node graphName) {
        if (s != null && s.isURI() && !isWildcard(s) && (isWildcard(p) == false || isWildcard(o) == false)) {
            List<Quad> all = union(s, Node.ANY, Node.ANY, graphName);
            List<Quad> out = new ArrayList<>();
            for (Quad q : all) if ((isWildcard(p) || p.equals(q.getPredicate())) && (isWildcard(o) || o.sameTermAs(q.getObject()))) out.add(q);
            return out;
        }
        if (!concreteOk(s) || !concreteOk(p) || !concreteOk(o)) return List.of();
        return lookup("U" + graphName + key(Node.ANY, s, p, o),
                "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { " + pattern(s, p, o) + " } " + IN_STORE + " }",
                b -> Quad.create(graphName, val(b, "s", s), val(b, "p", p), val(b, "o", o)));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return lookup("L", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } " + IN_STORE + " }",
                b -> Quad.create(b.get("g"), Node.ANY, Node.ANY, Node.ANY)).stream().map(Quad::getGraph).iterator();
    }

    @Override
    public boolean containsGraph(Node g) {
        if (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g)) return true;
        if (!g.isURI()) return false;
        return !lookup("C" + g, "SELECT ?s WHERE { GRAPH " + term(g, "?g") + " { ?s ?p ?o } } LIMIT 1",
                b -> Quad.create(g, b.get("s"), Node.ANY, Node.ANY)).isEmpty();
    }

    @Override
    public Graph getDefaultGraph() { return GraphView.createDefaultGraph(this); }

    @Override
    public Graph getGraph(Node graphNode) { return GraphView.createNamedGraph(this, graphNode); }

    @Override
    public void addGraph(Node graphName, Graph graph) { readOnly(); }

    @Override
    public void removeGraph(Node graphName) { readOnly(); }

    @Override
    public void add(Quad quad) { readOnly(); }

    @Override
    public void delete(Quad quad) { readOnly(); }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) { readOnly(); }

    @Override
    public void clear() { readOnly(); }

    private static void readOnly() {
        throw new UnsupportedOperationException("the external SPARQL endpoint is read-only here: write to it with load --target");
    }

    @Override
    public PrefixMap prefixes() { return PrefixMapFactory.emptyPrefixMap(); }

    @Override
    public boolean supportsTransactions() { return true; }

    @Override
    public boolean supportsTransactionAbort() { return false; }

    /** A read "transaction": a scope for remembering answers. The endpoint's own isolation is whatever it gives. */
    @Override
    public void begin(TxnType type) { begin(TxnType.convert(type)); }

    @Override
    public void begin(ReadWrite readWrite) {
        if (readWrite == ReadWrite.WRITE) readOnly();
        mode.set(readWrite);
        cache.set(new HashMap<>());
    }

    @Override
    public boolean promote(Promote mode) { return false; }

    @Override
    public void commit() { end(); }

    @Override
    public void abort() { end(); }

    @Override
    public void end() {
        mode.remove();
        cache.remove();
    }

    @Override
    public ReadWrite transactionMode() { return mode.get(); }

    @Override
    public TxnType transactionType() { return mode.get() == null ? null : TxnType.READ; }

    @Override
    public boolean isInTransaction() { return mode.get() != null; }

    @Override
    public long size() { return listGraphNodesList().size(); }

    private List<Node> listGraphNodesList() {
        List<Node> out = new ArrayList<>();
        listGraphNodes().forEachRemaining(out::add);
        return out;
    }

    private interface Row { Quad quad(Binding b); }

    private List<Quad> lookup(String key, String sparql, Row row) {
        Map<String, List<Quad>> remembered = cache.get();
        if (remembered != null && remembered.containsKey(key)) return remembered.get(key);
        Query q = QueryFactory.create(sparql);
        List<Quad> out = new ArrayList<>();
        engine.select(q, Optional.empty(), LOOKUP_TIMEOUT_MILLIS).forEachRemaining(b -> out.add(row.quad(b)));
        if (remembered != null) remembered.put(key, out);
        return out;
    }

    /** A term that can be written in a query: blank nodes of the endpoint cannot be asked for again. */
    private static boolean concreteOk(Node n) { return isWildcard(n) || !n.isBlank(); }

    private static String pattern(Node s, Node p, Node o) { return term(s, "?s") + " " + term(p, "?p") + " " + term(o, "?o") + " ."; }

    private static String term(Node n, String var) { return isWildcard(n) ? var : FmtUtils.stringForNode(n); }

    private static String key(Node g, Node s, Node p, Node o) { return "|" + g + "|" + s + "|" + p + "|" + o; }

    private static Node val(Binding b, String var, Node given) { return isWildcard(given) ? b.get(var) : given; }

    static Node graph(String iri) { return NodeFactory.createURI(iri); }
}
