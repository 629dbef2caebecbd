package org.scamkg.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Finds entities by name or alias through the full-text index (jena-text), insensitive to case
 * and diacritics. The user's words become a Lucene query with every special character escaped
 * (each word must match the start of a name word), passed to the query as a bound literal: no
 * user text reaches the Lucene query syntax or the SPARQL text unescaped.
 */
public final class NameSearch {
    public static final int MAX_RESULTS = 100;

    /** One entity found: its IRI, canonical name, kinds, the name that matched, and the best score. */
    public record Hit(String entity, String label, List<String> kinds, String matched, float score) {}

    private static final Query QUERY = QueryFactory.create("""
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?entity (MAX(?score) AS ?best) (SAMPLE(?lit) AS ?matched) (SAMPLE(?name) AS ?label)
                   (GROUP_CONCAT(DISTINCT STR(?type); separator=" ") AS ?kinds)
            WHERE {
              (?entity ?score ?lit) text:query (?lucene ?documents) .
              OPTIONAL { ?entity rdfs:label ?name FILTER(LANG(?name) = "en" || LANG(?name) = "") }
              OPTIONAL { ?entity a ?type }
            }
            GROUP BY ?entity
            ORDER BY DESC(?best) ?entity
            """);

    private final Dataset dataset;
    private final long timeoutMillis;

    public NameSearch(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    public List<Hit> search(String text, int limit) {
        String lucene = luceneQuery(text);
        int n = Math.max(1, Math.min(limit, MAX_RESULTS));
        BindingBuilder b = BindingBuilder.create()
                .add(Var.alloc("lucene"), NodeFactory.createLiteralString(lucene))
                .add(Var.alloc("documents"), NodeFactory.createLiteralDT(Integer.toString(n * 10), XSDDatatype.XSDinteger));
        List<Hit> hits = new ArrayList<>();
        new QueryRunner(dataset, timeoutMillis).select(QUERY, b.build()).forEachRemaining(row -> {
            if (hits.size() >= n) return;
            List<String> kinds = row.get("kinds") == null ? List.of()
                    : Arrays.stream(row.get("kinds").getLiteralLexicalForm().split(" ")).filter(k -> !k.isBlank()).toList();
            hits.add(new Hit(row.get("entity").getURI(),
                    row.get("label") == null ? "" : row.get("label").getLiteralLexicalForm(), kinds,
                    row.get("matched") == null ? "" : row.get("matched").getLiteralLexicalForm(),
                    Float.parseFloat(row.get("best").getLiteralLexicalForm())));
        });
        return hits;
    }

    /**
     * The Lucene query for what a user typed: words folded to lower-case ASCII, escaped, each a
     * prefix, all required. Throws {@link ParameterException} when nothing searchable is left.
     */
    static String luceneQuery(String text) {
        if (text == null || text.isBlank()) throw new ParameterException("search: give a name to look for");
        if (text.length() > 200) throw new ParameterException("search: at most 200 characters");
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
        List<String> words = Arrays.stream(folded.split("[\\s\\p{Punct}]+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) throw new ParameterException("search: '" + text + "' has no letters or digits to look for");
        return words.stream().map(w -> QueryParserBase.escape(w) + "*").collect(Collectors.joining(" AND "));
    }
}
