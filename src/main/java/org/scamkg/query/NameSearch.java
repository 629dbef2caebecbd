package org.scamkg.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.lucene.analysis.Analyzer;
import org.scamkg.common.NameNormaliser;
import org.scamkg.store.KgEngine;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * Finds entities by name or alias through the full-text index (jena-text), insensitive to case
 * and diacritics. The user's words become a Lucene query with every special character escaped
 * (each word must match the start of a name word), passed to the query as a bound literal: no
 * user text reaches the Lucene query syntax or the SPARQL text unescaped. An engine without the
 * index (an external SPARQL endpoint) is searched by {@link PortableNameSearch} instead.
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

    private final KgEngine engine;
    private final long timeoutMillis;

    public NameSearch(Dataset dataset, long timeoutMillis) {
        this.engine = KgEngine.of(dataset);
        this.timeoutMillis = timeoutMillis;
    }

    public List<Hit> search(String text, int limit) {
        Optional<NameNormaliser> folding = engine.nameFolding();
        if (folding.isPresent()) return new PortableNameSearch(engine, timeoutMillis, folding.get()).search(text, Math.max(1, Math.min(limit, MAX_RESULTS)));
        String lucene = luceneQuery(text);
        int n = Math.max(1, Math.min(limit, MAX_RESULTS));
        BindingBuilder b = BindingBuilder.create()
                .add(Var.alloc("lucene"), NodeFactory.createLiteralString(lucene))
                .add(Var.alloc("documents"), NodeFactory.createLiteralDT(Integer.toString(n * 10), XSDDatatype.XSDinteger));
        List<Hit> hits = new ArrayList<>();
        new QueryRunner(engine, timeoutMillis).select(QUERY, b.build()).forEachRemaining(row -> {
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
     * The Lucene query for what a user typed, analysed exactly as the index analyses names
     * (fuseki-config/dataset.ttl: Lucene's standard tokenizer, then ASCII folding and lower case),
     * after Unicode NFC, which the loader applies to every name too. Each typed word becomes a
     * prefix query when it gives one token; a word the tokenizer splits (Chinese, one token per
     * character) becomes a phrase of its tokens, so "习近平" finds the name and not any name
     * holding the three characters apart. All words are required. Throws
     * {@link ParameterException} when nothing searchable is left.
     */
    static String luceneQuery(String text) {
        if (text == null || text.isBlank()) throw new ParameterException("search: give a name to look for");
        if (text.length() > 200) throw new ParameterException("search: at most 200 characters");
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<String> parts = new ArrayList<>();
        for (String word : nfc.split("\\s+")) {
            List<String> tokens = tokens(word);
            if (tokens.isEmpty()) continue;
            if (tokens.size() == 1) parts.add(QueryParserBase.escape(tokens.get(0)) + "*");
            else parts.add("\"" + tokens.stream().map(QueryParserBase::escape).collect(Collectors.joining(" ")) + "\"");
        }
        if (parts.isEmpty()) throw new ParameterException("search: '" + text + "' has no letters or digits to look for");
        return String.join(" AND ", parts);
    }

    /** The index's analysis of a text: the terms it would store. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (Analyzer analyzer = new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new StandardTokenizer();
                    return new TokenStreamComponents(source, new LowerCaseFilter(new ASCIIFoldingFilter(source)));
                }
            };
             TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
