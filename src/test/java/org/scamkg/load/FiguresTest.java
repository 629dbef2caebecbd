package org.scamkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.vocab.SKG;

/**
 * How figures are stored: counts as {@code xsd:integer} (so a plain triple pattern with a number
 * matches), amounts of money as {@code xsd:decimal}; a figure the quote does not state only with
 * its {@code derived} explanation. Over the curated data and the record fixture.
 */
class FiguresTest {
    static LoadedData curated;

    @BeforeAll
    static void load() { curated = CuratedValidation.run(TestProject.curated()); }

    private static List<QuerySolution> select(LoadedData d, String where) {
        String q = "PREFIX skg: <" + SKG.NS + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT * WHERE { GRAPH ?g { " + where + " } }";
        try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(d.dataset()))) {
            return org.apache.jena.query.ResultSetFormatter.toList(qe.execSelect());
        }
    }

    @Test
    void aPlainTriplePatternWithACountMatches() {
        List<QuerySolution> rows = select(curated, "?c skg:value 100000 .");
        assertEquals(2, rows.size(), "the two accounts of the UN's 100,000: " + rows);
        assertEquals(1, select(curated, "?c skg:minValue 70000 ; skg:maxValue 100000 .").size());
    }

    @Test
    void countsAreIntegersAndAmountsDecimals() {
        for (QuerySolution r : select(curated, "?c skg:value|skg:minValue|skg:maxValue ?v ; skg:unit ?u ."))
            assertEquals(r.getResource("u").getURI().endsWith("/unit/usd") ? XSDDatatype.XSDdecimal.getURI() : XSDDatatype.XSDinteger.getURI(),
                    r.getLiteral("v").getDatatypeURI(), r.toString());
        assertEquals(1, select(curated, "?c skg:value ?v FILTER(datatype(?v) = xsd:decimal)").size(), "the $40 million");
    }

    @Test
    void aDerivedFigureLoadsWithItsDerivation(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        Path file = data.resolve("sources/fixture-article.yml");
        String yml = Files.readString(file).replace("  claims: 2", "  claims: 3") + """
                  - id: claim/fixture-arrests-and-complaints
                    claimant: person/lena-vos
                    measure: people-arrested
                    value: 24
                    unit: person
                    derived: twice the 12 people arrested, as she said every arrest was of a pair
                    quote: arresting 12 people
                """;
        Files.writeString(file, yml);
        LoadedData loaded = CuratedValidation.run(TestProject.withData(data));
        Node claim = NodeFactory.createURI("https://w3id.org/scamkg/id/claim/fixture-arrests-and-complaints");
        List<Quad> derivation = loaded.dataset().stream(Node.ANY, claim, SKG.derivation.asNode(), Node.ANY).toList();
        assertEquals(1, derivation.size(), derivation.toString());
        assertTrue(derivation.get(0).getObject().getLiteralLexicalForm().startsWith("twice the 12"));
        // and who-said-what prints it beside the figure, so the number never stands unexplained
        org.apache.jena.query.Dataset union = org.apache.jena.query.DatasetFactory.createTxnMem();
        union.executeWrite(() -> loaded.dataset().getUnionGraph().find().forEachRemaining(union.asDatasetGraph().getDefaultGraph()::add));
        var q = org.scamkg.query.QueryCatalog.load(TestProject.QUERIES).get("who-said-what").orElseThrow();
        var rows = new org.scamkg.query.QueryRunner(union, 60_000).select(q, java.util.Map.of("claimant", "person/lena-vos"));
        java.util.Map<String, String> derivedByClaim = new java.util.TreeMap<>();
        rows.forEachRemaining(b -> derivedByClaim.put(b.get("claim").getURI().replace("https://w3id.org/scamkg/id/", ""),
                b.get("derived") == null ? "" : b.get("derived").getLiteralLexicalForm()));
        assertTrue(derivedByClaim.get("claim/fixture-arrests-and-complaints").startsWith("twice the 12"), derivedByClaim.toString());
        assertEquals("", derivedByClaim.get("claim/fixture-arrests"), derivedByClaim.toString());
    }

    @Test
    void aFractionalCountIsRefused(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        Path file = data.resolve("sources/fixture-article.yml");
        Files.writeString(file, Files.readString(file).replace("    value: 12\n", "    value: 12.5\n"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.scamkg.common.LoadException.class,
                () -> CuratedValidation.run(TestProject.withData(data)));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("claims[0].value: a count is a whole number; found 12.5")), e.problems().toString());
    }
}
