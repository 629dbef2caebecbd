package org.scamkg.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/**
 * What the store holds: quads, graphs, entities by kind, and each source with its triple count.
 * Counts come from SPARQL over the store, so they agree with what users query.
 */
public final class StoreStatistics {
    /** One source: its IRI, title and the triples of its graph. */
    public record SourceRow(String source, String title, String graph, long triples) {}

    public record Stats(long quads, long graphs, Map<String, Long> entitiesByKind, List<SourceRow> sources) {}

    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("persons", "http://xmlns.com/foaf/0.1/Person");
        KINDS.put("organisations", "http://www.w3.org/ns/org#Organization");
        KINDS.put("posts", "http://www.w3.org/ns/org#Post");
        KINDS.put("holdings", "https://w3id.org/scamkg/ontology#Holding");
        KINDS.put("places", "https://schema.org/Place");
        KINDS.put("sites", "https://w3id.org/scamkg/ontology#Site");
        KINDS.put("licences", "https://w3id.org/scamkg/ontology#Licence");
        KINDS.put("events", "https://w3id.org/scamkg/ontology#Event");
        KINDS.put("claims", "https://w3id.org/scamkg/ontology#Claim");
        KINDS.put("sources", "https://schema.org/CreativeWork");
    }

    private StoreStatistics() {}

    /** The class IRI counted under a kind name ("persons" → foaf:Person). */
    public static String kindClass(String kind) { return KINDS.get(kind); }

    public static Stats of(Dataset ds) {
        return ds.calculateRead(() -> {
            long quads = count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            long graphs = count(ds, "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } }");
            Map<String, Long> kinds = new LinkedHashMap<>();
            KINDS.forEach((name, type) -> kinds.put(name, count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH ?g { ?x a <" + type + "> } }")));
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
            return new Stats(quads, graphs, kinds, sources);
        });
    }

    private static long count(Dataset ds, String query) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
