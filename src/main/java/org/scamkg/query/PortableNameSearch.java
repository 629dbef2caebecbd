package org.scamkg.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.scamkg.common.NameNormaliser;
import org.scamkg.store.KgEngine;
import org.scamkg.vocab.SKG;

/**
 * Name search in plain SPARQL 1.1, for an engine without our full-text index: every name and
 * alias the loader writes also carries its folded form ({@code skg:normalisedName}: lower case,
 * no diacritics, no honorifics, punctuation as spaces), and what the user types is folded the
 * same way here, so matching is insensitive to case and diacritics as with the index. Each typed
 * word must match the start of a word of one folded name (or, in scripts written without spaces
 * such as Chinese, appear in it). Hits are ranked: the whole name, then a name that starts with
 * what was typed, then any other. Differences from the index, documented in docs/scaling.md: only
 * entities are found (names written by the loader or an import), there is no relevance score
 * beyond that rank, and every name is scanned (the engine's string filters, not an index).
 */
final class PortableNameSearch {
    private final KgEngine engine;
    private final long timeoutMillis;
    private final NameNormaliser names;

    PortableNameSearch(KgEngine engine, long timeoutMillis, NameNormaliser names) {
        this.engine = engine;
        this.timeoutMillis = timeoutMillis;
        this.names = names;
    }

    List<NameSearch.Hit> search(String text, int limit) {
        List<String> words = words(text, names);
        String typed = String.join(" ", words);
        String filter = words.stream().map(PortableNameSearch::wordFilter).collect(Collectors.joining(" && "));
        // Keys first (a sub-select, each entity and key once however many graphs hold them), then labels and kinds.
        String query = """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?entity ?key ?name ?label ?type WHERE {
                  { SELECT DISTINCT ?entity ?key WHERE { ?entity <%s> ?key FILTER(%s) } LIMIT %d }
                  OPTIONAL { { ?entity rdfs:label ?name } UNION { ?entity skos:altLabel ?name } }
                  OPTIONAL { ?entity rdfs:label ?label FILTER(LANG(?label) = "en" || LANG(?label) = "") }
                  OPTIONAL { ?entity a ?type }
                }""".formatted(SKG.normalisedName.getURI(), filter, limit * 20);
        Map<String, Found> found = new LinkedHashMap<>();
        engine.select(QueryFactory.create(query), Optional.empty(), timeoutMillis).forEachRemaining(row -> {
            Node e = row.get("entity");
            if (e == null || !e.isURI()) return;
            Found f = found.computeIfAbsent(e.getURI(), k -> new Found());
            String key = row.get("key").getLiteralLexicalForm();
            f.rank = Math.max(f.rank, key.equals(typed) ? 3 : key.startsWith(typed) ? 2 : 1);
            Node name = row.get("name");
            if (name != null && name.isLiteral() && names.normalise(name.getLiteralLexicalForm()).equals(key)) {
                int r = key.equals(typed) ? 3 : key.startsWith(typed) ? 2 : 1;
                if (f.matched.isEmpty() || r > f.matchedRank) {
                    f.matched = name.getLiteralLexicalForm();
                    f.matchedRank = r;
                }
            }
            if (row.get("label") != null && f.label.isEmpty()) f.label = row.get("label").getLiteralLexicalForm();
            if (row.get("type") != null && row.get("type").isURI() && !f.kinds.contains(row.get("type").getURI())) f.kinds.add(row.get("type").getURI());
        });
        return found.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Found> x) -> -x.getValue().rank).thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(x -> new NameSearch.Hit(x.getKey(), x.getValue().label, List.copyOf(x.getValue().kinds),
                        x.getValue().matched.isEmpty() ? x.getValue().label : x.getValue().matched, x.getValue().rank))
                .toList();
    }

    private static final class Found {
        int rank;
        int matchedRank;
        String matched = "";
        String label = "";
        final List<String> kinds = new ArrayList<>();
    }

    /** What the user typed, folded as the loader folds names, as words. */
    static List<String> words(String text, NameNormaliser names) {
        if (text == null || text.isBlank()) throw new ParameterException("search: give a name to look for");
        if (text.length() > 200) throw new ParameterException("search: at most 200 characters");
        String folded = names.normalise(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> words = Arrays.stream(folded.split("\\s+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty() || words.stream().noneMatch(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)))
            throw new ParameterException("search: '" + text + "' has no letters or digits to look for");
        return words;
    }

    /** A word matches the start of a word of the key; in a script without spaces, anywhere in it. The word is a quoted literal. */
    static String wordFilter(String word) {
        String w = FmtUtils.stringForNode(NodeFactory.createLiteralString(word));
        String spaced = FmtUtils.stringForNode(NodeFactory.createLiteralString(" " + word));
        if (word.codePoints().anyMatch(PortableNameSearch::unspaced)) return "CONTAINS(?key, " + w + ")";
        return "(STRSTARTS(?key, " + w + ") || CONTAINS(?key, " + spaced + "))";
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.THAI || s == Character.UnicodeScript.KHMER || s == Character.UnicodeScript.LAO;
    }
}
