package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.TestProject;
import org.scamkg.store.KgStore;

/**
 * The data-quality gates ({@code queries/quality-*.rq}): over the curated data each must find
 * nothing, and each must find the flaw planted for it ({@code src/test/resources/quality/}),
 * so a gate that can never fire is caught too.
 */
class QualityGatesTest {
    @TempDir static Path dir;
    static KgStore store;
    static QueryCatalog catalog;

    @BeforeAll
    static void load() {
        store = CuratedStore.open(dir);
        catalog = QueryCatalog.load(TestProject.QUERIES);
    }

    @AfterAll
    static void close() { store.close(); }

    static Stream<String> gates() {
        return QueryCatalog.load(TestProject.QUERIES).names().stream().filter(n -> n.startsWith("quality-"));
    }

    private static List<String> rows(RowSetRewindable rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> out.add(b.toString()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    void curatedDataPassesTheGate(String name) {
        assertEquals(List.of(), rows(new QueryRunner(store.dataset(), 60_000).select(catalog.get(name).orElseThrow(), Map.of())), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    void gateFindsItsPlantedFlaw(String name, @TempDir Path planted) {
        Path flaw = TestProject.TEST_RESOURCES.resolve("quality").resolve(name + ".trig");
        assertTrue(Files.isRegularFile(flaw), "every quality gate needs a planted flaw: " + flaw);
        try (KgStore s = CuratedStore.open(planted)) {
            DatasetGraph extra = RDFDataMgr.loadDatasetGraph(flaw.toString());
            s.dataset().executeWrite(() -> extra.find().forEachRemaining(s.dataset().asDatasetGraph()::add));
            List<String> found = rows(new QueryRunner(s.dataset(), 60_000).select(catalog.get(name).orElseThrow(), Map.of()));
            assertTrue(found.stream().anyMatch(r -> r.contains("planted")), name + " did not find the planted flaw: " + found);
        }
    }

    /**
     * Each gate's exact answer over flaws and near misses spread across named graphs
     * ({@code quality/edge-cases.trig}): what it must report, once, and what it must not.
     */
    @org.junit.jupiter.api.Test
    void eachGateReportsExactlyTheFlawsAcrossGraphs(@TempDir Path planted) {
        String id = "https://w3id.org/scamkg/id/";
        String skg = "https://w3id.org/scamkg/ontology#";
        try (KgStore s = CuratedStore.open(planted)) {
            DatasetGraph extra = RDFDataMgr.loadDatasetGraph(TestProject.TEST_RESOURCES.resolve("quality").resolve("edge-cases.trig").toString());
            s.dataset().executeWrite(() -> extra.find().forEachRemaining(s.dataset().asDatasetGraph()::add));
            assertEquals(Set.of(
                    List.of(id + "claim/edge-no-evidence", skg + "Claim", "quote"),
                    List.of(id + "claim/edge-no-evidence", skg + "Claim", "source"),
                    List.of(id + "licence/edge-two-kinds", skg + "Event", "source"),
                    List.of(id + "licence/edge-two-kinds", skg + "Licence", "source")),
                    table(s, "quality-fact-without-quote", 4));
            assertEquals(Set.of(
                    List.of(id + "claim/2022-09-camboja-tier-3", skg + "about", id + "org/edge-nowhere"),
                    List.of(id + "event/edge-split", skg + "about", id + "org/edge-nowhere")),
                    table(s, "quality-unresolved-reference", 2));
            assertEquals(Set.of(List.of(id + "org/edge-unmentioned", "Edge Firm")), table(s, "quality-entity-without-source", 1));
        }
    }

    /** The gate's rows as lists of their values (IRIs whole, literals by their text), checking that there are {@code rows} of them. */
    private static Set<List<String>> table(KgStore s, String gate, int rows) {
        RowSetRewindable rs = new QueryRunner(s.dataset(), 60_000).select(catalog.get(gate).orElseThrow(), Map.of());
        Set<List<String>> out = new java.util.HashSet<>();
        List<String> all = new ArrayList<>();
        rs.forEachRemaining(b -> {
            List<String> row = new ArrayList<>();
            rs.getResultVars().forEach(v -> row.add(b.get(v).isURI() ? b.get(v).getURI() : b.get(v).getLiteralLexicalForm()));
            out.add(row);
            all.add(row.toString());
        });
        assertEquals(rows, all.size(), gate + " gave " + all);
        return out;
    }
}
