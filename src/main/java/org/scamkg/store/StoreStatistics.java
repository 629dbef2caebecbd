package org.scamkg.store;

import org.scamkg.vocab.Kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * What the store holds: quads, graphs, entities by kind (the collections of the ontology's kinds), and each source with its triple count.
 * Counts come from SPARQL over the store, so they agree with what users query.
 */
public final class StoreStatistics {
    /** One source: its IRI, title and the triples of its graph. */
    public record SourceRow(String source, String title, String graph, long triples) {}

    /** Counts; entities by collection name ("persons"), with the class each collection counts. */
    public record Stats(long quads, long graphs, Map<String, Long> entitiesByKind, Map<String, String> classOfKind, List<SourceRow> sources) {}

    /** The derived graph is not counted: it restates nothing a source says, and the counts describe the data. */
    private static final String NOT_DERIVED = "FILTER(?g != <" + org.scamkg.vocab.Ids.DERIVED_GRAPH + ">)";

    private StoreStatistics() {}

    public static Stats of(Dataset ds) {
        return ds.calculateRead(() -> {
            long quads = count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } " + NOT_DERIVED + " }");
            long graphs = count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } " + NOT_DERIVED + " }");
            Map<String, Long> kinds = new LinkedHashMap<>();
            Map<String, String> classes = new LinkedHashMap<>();
            for (Kinds.KindCollection c : Kinds.of(ds).collections()) {
                classes.put(c.name(), c.cls().getURI());
                kinds.put(c.name(), count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH ?g { ?x a <" + c.cls().getURI() + "> } }"));
            }
            List<SourceRow> sources = new ArrayList<>();
            String q = """
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX schema: <https://schema.org/>
                    SELECT ?s (SAMPLE(?t) AS ?title) ?g (SAMPLE(?c) AS ?n) {
                      { SELECT ?g (COUNT(*) AS ?c) { GRAPH ?g { ?x ?p ?o } } GROUP BY ?g }
                      GRAPH ?g { ?s a schema:CreativeWork ; dcterms:title ?t }
                    } GROUP BY ?s ?g ORDER BY ?s""";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    sources.add(new SourceRow(r.getResource("s").getURI(), r.getLiteral("title").getLexicalForm(),
                            r.getResource("g").getURI(), r.getLiteral("n").getLong()));
                }
            }
            return new Stats(quads, graphs, kinds, classes, sources);
        });
    }

    private static long count(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
