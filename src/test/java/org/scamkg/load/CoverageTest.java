package org.scamkg.load;

import org.scamkg.validate.QuoteChecker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.vocab.Ids;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The evidence base is complete: every figure of the five articles
 * ({@code src/test/resources/coverage/figures.csv}) and every person and organisation they
 * name ({@code entities.csv}) is in the loaded graph, in the graph of the source that states it,
 * with that source and a quote. Each table row is itself checked against the article's text, so
 * the table cannot list a figure the article does not have.
 */
class CoverageTest {
    static final Path COVERAGE = TestProject.TEST_RESOURCES.resolve("coverage");
    static final String PREFIXES = """
            PREFIX skg:  <https://w3id.org/scamkg/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            """;
    /** Finds the source's graph by the file name of its text; every check runs inside it. */
    static final String SOURCE = "?src skg:localFile ?file . ";
    static final String CITED = "?x prov:wasDerivedFrom ?src ; skg:quote ?quote . ";
    /** Per kind of figure: the pattern that must match in the source's graph (values are bound, never pasted). */
    static final Map<String, String> PATTERNS = Map.of(
            "value", "?x skg:value ?n . FILTER(?n = ?v) ",
            "min", "?x skg:minValue ?n . FILTER(?n = ?v) ",
            "max", "?x skg:maxValue ?n . FILTER(?n = ?v) ",
            "words", "?x skg:valueInWords ?w . FILTER(CONTAINS(STR(?w), ?v)) ",
            "duration", "?x skg:duration ?d . FILTER(STR(?d) = ?v) ",
            "period", "?x skg:periodDescription ?p . FILTER(CONTAINS(STR(?p), ?v)) ",
            "quote", "FILTER(CONTAINS(STR(?quote), ?v)) ",
            "date", "?x skg:date|skg:statedOn|skg:attestedOn|skg:periodStart|skg:periodEnd ?d . FILTER(STR(?d) = ?v) ");

    static LoadedData data;

    @BeforeAll
    static void load() { data = CuratedValidation.run(TestProject.curated()); }

    static List<Map<String, String>> table(String file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (Reader r = Files.newBufferedReader(COVERAGE.resolve(file), StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            return it.readAll();
        }
    }

    static boolean ask(String where, Binding b) {
        Query q = QueryFactory.create(PREFIXES + "ASK { GRAPH ?g { " + where + "} }");
        try (QueryExec qe = QueryExec.dataset(data.dataset()).query(q).substitution(b).build()) {
            return qe.ask();
        }
    }

    static Node literal(String s) { return NodeFactory.createLiteralString(s); }

    @Test
    void everyFigureIsAClaimOrEventOfItsSourceWithSourceAndQuote() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map<String, String> row : table("figures.csv")) {
            String kind = row.get("kind");
            String pattern = PATTERNS.get(kind);
            assertTrue(pattern != null, "unknown kind " + kind);
            BindingBuilder b = BindingBuilder.create().add(Var.alloc("file"), literal(row.get("source")));
            boolean numeric = kind.equals("value") || kind.equals("min") || kind.equals("max");
            b.add(Var.alloc("v"), numeric ? NodeFactory.createLiteralDT(row.get("value"), XSDDatatype.XSDdecimal) : literal(row.get("value")));
            StringBuilder where = new StringBuilder(SOURCE).append(CITED).append(pattern);
            if (!row.get("measure").isEmpty()) {
                where.append("?x skg:measure ?measure . ");
                b.add(Var.alloc("measure"), NodeFactory.createURI(Ids.vocab("measure", row.get("measure"))));
            }
            if (!row.get("approx").isEmpty()) {
                where.append("?x skg:approximation ?approx . ");
                b.add(Var.alloc("approx"), NodeFactory.createURI(Ids.vocab("approximation", row.get("approx"))));
            }
            if (!ask(where.toString(), b.build())) missing.add(row.get("source") + " \"" + row.get("figure") + "\" " + kind + "=" + row.get("value"));
        }
        assertEquals(List.of(), missing, "figures not in the graph of their source");
    }

    @Test
    void everyFigureOfTheTableIsInItsArticle() throws IOException {
        List<String> absent = new ArrayList<>();
        for (Map<String, String> row : table("figures.csv")) {
            QuoteChecker text = new QuoteChecker(Files.readString(TestProject.DATA.resolve("texts").resolve(row.get("source"))));
            if (text.check(row.get("figure")).isPresent()) absent.add(row.get("source") + ": " + row.get("figure"));
        }
        assertEquals(List.of(), absent, "table rows whose figure is not in the article");
    }

    @Test
    void everyNamedPersonAndOrganisationIsInItsSourceUnderTheNameItUses() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map<String, String> row : table("entities.csv")) {
            Binding b = BindingBuilder.create()
                    .add(Var.alloc("file"), literal(row.get("source")))
                    .add(Var.alloc("e"), NodeFactory.createURI(Ids.iri(row.get("entity"))))
                    .add(Var.alloc("name"), literal(row.get("name"))).build();
            String where = SOURCE + "?a skg:attests ?e ; prov:wasDerivedFrom ?src ; skg:quote ?quote ; skg:nameAsWritten ?n . "
                    + "FILTER(STR(?n) = ?name) ";
            if (!ask(where, b)) missing.add(row.get("source") + " " + row.get("name") + " -> " + row.get("entity"));
        }
        assertEquals(List.of(), missing, "names not attested in their source");
    }

    @Test
    void everyNameAttestedInTheGraphIsListedInTheTable() throws IOException {
        Set<String> listed = new HashSet<>();
        for (Map<String, String> row : table("entities.csv")) listed.add(row.get("source") + " " + row.get("name"));
        Query q = QueryFactory.create(PREFIXES + """
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX org: <http://www.w3.org/ns/org#>
                SELECT ?file ?n WHERE {
                  GRAPH ?g { ?src skg:localFile ?file . ?a skg:attests ?e ; skg:nameAsWritten ?n }
                  { ?e a foaf:Person } UNION { ?e a org:Organization }
                }""");
        List<String> unlisted = new ArrayList<>();
        try (QueryExec qe = QueryExec.dataset(data.dataset()).query(q).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(r -> {
                String key = r.get("file").getLiteralLexicalForm() + " " + r.get("n").getLiteralLexicalForm();
                if (!listed.contains(key)) unlisted.add(key);
            });
        }
        assertEquals(List.of(), unlisted, "names in the graph missing from entities.csv");
    }
}
