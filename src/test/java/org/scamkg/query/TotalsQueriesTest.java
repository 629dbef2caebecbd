package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;

/**
 * The three totals queries are one query with a grouping: their files differ only in the lines
 * that end with the marker {@code # group}, and those are the lines that name the grouping
 * column. What each answers is checked by its golden cases (QueryCasesTest).
 */
class TotalsQueriesTest {
    static final List<String> GROUPINGS = List.of("year", "place", "agency");
    static final String MARKER = "# group";

    private static List<String> lines(String grouping) throws IOException {
        return Files.readAllLines(TestProject.QUERIES.resolve("totals-by-" + grouping + ".rq"));
    }

    private static boolean marked(String line) { return line.endsWith(MARKER); }

    @Test
    void theTotalsQueriesDifferOnlyInTheirMarkedLines() throws IOException {
        List<String> first = lines(GROUPINGS.get(0)).stream().filter(l -> !marked(l)).toList();
        for (String g : GROUPINGS.subList(1, GROUPINGS.size()))
            assertEquals(first, lines(g).stream().filter(l -> !marked(l)).toList(),
                    "totals-by-" + g + ".rq differs from totals-by-" + GROUPINGS.get(0) + ".rq in a line not marked '" + MARKER + "'");
    }

    @Test
    void theGroupingIsNamedOnlyInMarkedLines() throws IOException {
        for (String g : GROUPINGS) {
            List<String> lines = lines(g);
            for (String line : lines)
                if (line.matches(".*(\\?" + g + "\\b|^#\\+ +" + g + ":|totalled by " + g + "\\b|query totals-by-" + g + "\\b).*"))
                    assertTrue(marked(line), "totals-by-" + g + ".rq names its grouping in an unmarked line: " + line);
            assertTrue(lines.stream().filter(TotalsQueriesTest::marked).anyMatch(l -> l.strip().startsWith("GROUP BY ?m ?" + g)), g);
        }
    }

    @Test
    void theMarkerIsAYamlCommentNotPartOfTheHeader() {
        QueryCatalog catalog = QueryCatalog.load(TestProject.QUERIES);
        for (String g : GROUPINGS) {
            CannedQuery q = catalog.get("totals-by-" + g).orElseThrow();
            assertEquals("People rescued, arrested and repatriated, totalled by " + g + ", with the sources behind each number", q.header().summary());
            assertTrue(q.header().columns().containsKey(g), q.header().columns().toString());
            assertFalse(q.header().columns().get(g).contains("#"), q.header().columns().get(g));
            assertFalse(q.header().example().orElseThrow().contains("#"), q.header().example().orElseThrow());
        }
    }

    /**
     * The rule (README, "Reading the totals"): a total adds figures of distinct events from one
     * claimant in one source; the largest of one claimant's figures for an event; never a part of
     * another figure, a figure about no event, or figures of different claimants or sources.
     */
    @Test
    void totalsAddOnlyDistinctEventsFromOneClaimantInOneSource() {
        // as a load leaves it: the data in a named graph, the derived graph computed from it, both read as the default graph
        org.apache.jena.sparql.core.DatasetGraph data = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/scamkg/graph/fixture");
        org.apache.jena.riot.RDFDataMgr.read(data.getGraph(g), TestProject.TEST_RESOURCES.resolve("totals/overlapping-and-disjoint.ttl").toString());
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.createTxnMem();
        ds.executeWrite(() -> {
            data.getGraph(g).find().forEachRemaining(ds.asDatasetGraph().getDefaultGraph()::add);
            org.scamkg.store.DerivedGraph.compute(data).find().forEachRemaining(ds.asDatasetGraph().getDefaultGraph()::add);
        });
        CannedQuery q = QueryCatalog.load(TestProject.QUERIES).get("totals-by-year").orElseThrow();
        var rows = new QueryRunner(ds, 60_000).select(q, java.util.Map.of());
        java.util.Map<String, String> byRow = new java.util.TreeMap<>();
        String id = "https://w3id.org/scamkg/id/";
        rows.forEachRemaining(b -> {
            String key = b.get("claimant").getURI().replace(id, "") + " " + b.get("sources").getLiteralLexicalForm().replace(id, "")
                    + " " + b.get("total").getLiteralLexicalForm();
            String claims = String.join(" ", java.util.Arrays.stream(b.get("claims").getLiteralLexicalForm().replace(id, "").split(" ")).sorted().toList());
            byRow.put(key, String.join(" | ", b.get("year").getLiteralLexicalForm(), b.get("figures").getLiteralLexicalForm(), claims,
                    b.get("low").getLiteralLexicalForm(), b.get("high").getLiteralLexicalForm(), b.get("notAdded").getLiteralLexicalForm(),
                    b.get("adds").getLiteralLexicalForm()));
        });
        String one = "one figure, as its source states it";
        assertEquals(java.util.Map.of(
                "person-a source-s1 170", "2023 | 2 | claim-a2 claim-a3 | 20 | 170 | 4 | the sum of 2 figures, each about a distinct event, from one claimant in one source",
                "person-a source-s3 100", "2023 | 1 | claim-a5 | 20 | 170 | 4 | " + one,
                "person-b source-s2 130", "2023 | 1 | claim-b1 | 20 | 170 | 4 | " + one,
                "person-c source-s4 30", "2023 | 1 | claim-c1 | 20 | 170 | 4 | " + one,
                "person-c source-s4 20", "2023 | 1 | claim-c2 | 20 | 170 | 4 | " + one), byRow);
    }
}
