package org.scamkg.store;

import org.scamkg.vocab.Kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.scamkg.vocab.Ids;

/**
 * What the store holds: quads, graphs, entities by kind (the collections of the ontology's kinds), and each source with its triple count.
 * Counts come from SPARQL over the store (either engine), so they agree with what users query; the
 * store's graphs are those under {@code https://w3id.org/scamkg/graph/}.
 */
public final class StoreStatistics {
    /** One source: its IRI, title and the triples of its graph. */
    public record SourceRow(String source, String title, String graph, long triples) {}

    /**
     * Counts; entities by collection name ("persons"), with the class each collection counts, and
     * the collections themselves in the ontology's order (for what one member is called).
     */
    public record Stats(long quads, long graphs, Map<String, Long> entitiesByKind, Map<String, String> classOfKind, List<SourceRow> sources,
                        List<Kinds.KindCollection> collections) {}

    private StoreStatistics() {}

    public static Stats of(Dataset ds) {
        KgEngine engine = KgEngine.of(ds);
        long quads = count(engine, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + IN_STORE + " }");
        long graphs = count(engine, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } " + IN_STORE + " }");
        Map<String, Long> kinds = new LinkedHashMap<>();
        Map<String, String> classes = new LinkedHashMap<>();
        List<Kinds.KindCollection> collections = ReadTransactions.calculate(ds, () -> Kinds.of(ds)).collections();
        for (Kinds.KindCollection c : collections) {
            classes.put(c.name(), c.cls().getURI());
            kinds.put(c.name(), count(engine, "SELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH ?g { ?x a <" + c.cls().getURI() + "> } }"));
        }
        List<SourceRow> sources = new ArrayList<>();
        String q = """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX schema: <https://schema.org/>
                SELECT ?s (SAMPLE(?t) AS ?title) ?g (SAMPLE(?c) AS ?n) {
                  { SELECT ?g (COUNT(*) AS ?c) { GRAPH ?g { ?x ?p ?o } } GROUP BY ?g }
                  GRAPH ?g { ?s a schema:CreativeWork ; dcterms:title ?t }
                } GROUP BY ?s ?g ORDER BY ?s""";
        engine.select(QueryFactory.create(q), Optional.empty(), 0).forEachRemaining(r ->
                sources.add(new SourceRow(r.get("s").getURI(), r.get("title").getLiteralLexicalForm(), r.get("g").getURI(),
                        Long.parseLong(r.get("n").getLiteralLexicalForm()))));
        return new Stats(quads, graphs, kinds, classes, sources, collections);
    }

    /**
     * The store's graphs: an external engine's own (Virtuoso's system graphs) are not counted, nor
     * the derived graph, which is computed from the others and is not data.
     */
    private static final String IN_STORE = "FILTER(STRSTARTS(STR(?g), \"" + Ids.GRAPH + "\") && ?g != <" + Ids.DERIVED_GRAPH + ">)";

    private static long count(KgEngine engine, String query) {
        var rows = engine.select(QueryFactory.create(query), Optional.empty(), 0);
        return Long.parseLong(rows.next().get("n").getLiteralLexicalForm());
    }
}
