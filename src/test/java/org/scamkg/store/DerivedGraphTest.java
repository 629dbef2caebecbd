package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.common.DateValue;
import org.scamkg.common.LoadException;
import org.scamkg.common.NameNormaliser;
import org.scamkg.export.CsvExport;
import org.scamkg.export.EntityGraph;
import org.scamkg.export.RdfExport;
import org.scamkg.export.RdfFormat;
import org.scamkg.ftm.FtmImport;
import org.scamkg.generate.SyntheticDataGenerator;
import org.scamkg.query.AsOfOption;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * The derived graph is always what a computation from scratch makes of the data beside it: after
 * a load, after an FtM import (which rebuilds it even when a stale copy was left), and after a
 * load or an import that fails (both leave it as it was). It is never exported as data.
 */
class DerivedGraphTest {
    @TempDir Path dir;
    KgStore store;

    @BeforeEach
    void open() {
        store = KgStore.open(TestProject.CONFIG, dir.resolve("store"));
        StoreLoader.load(store, TestProject.curated());
    }

    @AfterEach
    void close() { store.close(); }

    private TreeSet<String> stored() {
        return store.dataset().calculateRead(() -> lines(store.dataset().asDatasetGraph().getGraph(DerivedGraph.NAME)));
    }

    /** The derived graph as a computation from the store's other graphs makes it now. */
    private TreeSet<String> recomputed() {
        return store.dataset().calculateRead(() -> lines(DerivedGraph.compute(DerivedGraph.without(store.dataset().asDatasetGraph()))));
    }

    private static TreeSet<String> lines(Graph g) {
        TreeSet<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(FmtUtils.stringForTriple(t)));
        return out;
    }

    private long count(Node p) {
        return store.dataset().calculateRead(() -> store.dataset().asDatasetGraph().getGraph(DerivedGraph.NAME).stream(null, p, null).count());
    }

    @Test
    void afterALoadItEqualsAComputationFromScratchAndHoldsWhatTheQuestionsNeed() {
        assertEquals(recomputed(), stored());
        // the curated data has figures the totals add and claims that differ: the graph is not trivially empty
        assertTrue(count(SKG.derivedTotalsFigure.asNode()) > 0);
        assertTrue(count(SKG.derivedDiffersFrom.asNode()) + count(SKG.derivedNeighbourOf.asNode()) > 0);
        assertTrue(stored().stream().anyMatch(l -> l.contains(SKG.DerivedGraph.getURI())), "the graph says it is derived");
        assertTrue(stored().stream().noneMatch(l -> l.contains("http://www.w3.org/ns/prov#wasDerivedFrom")), "no source is named as saying it");
    }

    @Test
    void itHoldsTheRaidToGrantLinksWithTheirDayRanges() {
        // the curated data's raided firm was licensed the same month: one link, 0 to 29 days
        List<String> links = store.dataset().calculateRead(() -> {
            Graph g = store.dataset().asDatasetGraph().getGraph(DerivedGraph.NAME);
            List<String> out = new ArrayList<>();
            g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), SKG.DerivedRaidGrantLink.asNode()).forEachRemaining(t -> {
                Node link = t.getSubject();
                for (Node p : List.of(SKG.derivedRaid.asNode(), SKG.derivedRaidDating.asNode(), SKG.derivedFirm.asNode(),
                        SKG.derivedLicence.asNode(), SKG.derivedGrant.asNode(), SKG.derivedGrantDating.asNode()))
                    assertEquals(1, g.find(link, p, Node.ANY).toList().size(), link + " " + p);
                out.add(one(g, link, SKG.derivedFirm.asNode()).getURI() + " " + one(g, link, SKG.derivedLicence.asNode()).getURI() + " "
                        + one(g, link, SKG.derivedMinDays.asNode()).getLiteralLexicalForm() + "–" + one(g, link, SKG.derivedMaxDays.asNode()).getLiteralLexicalForm());
            });
            return out;
        });
        assertEquals(List.of(Ids.ID + "org/unnamed-firm-sihanoukville-compound " + Ids.ID + "licence/2022-09-unnamed-firm-casino-licence 0–29"), links);
    }

    private static Node one(Graph g, Node s, Node p) {
        List<org.apache.jena.graph.Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p);
        return ts.get(0).getObject();
    }

    /**
     * On a generated graph with many raids and grants: raided-then-licensed reading the links
     * answers what the scan of every raid and grant answers (the question as it was asked before,
     * kept in src/test/resources/derived-by-scan/), for windows from none to any, and as of dates;
     * and an as-of view reads the derived graph, so the totals and contested-figures as of a date
     * after every source answer as without one.
     */
    @Test
    void questionsReadingItAnswerAsTheScansTheyReplaceAlsoAsOfADate() throws IOException {
        Path data = dir.resolve("generated");
        SyntheticDataGenerator.generate(data, 8, 1, TestProject.DATA.resolve("names/honorifics.csv"), new PrintWriter(Writer.nullWriter()));
        List<String> published;
        try (var files = Files.list(data.resolve("sources"))) {
            published = files.map(f -> f.getFileName().toString().substring(0, 10)).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).sorted().toList();
        }
        try (KgStore gen = KgStore.open(TestProject.CONFIG, dir.resolve("generated-store"))) {
            StoreLoader.load(gen, TestProject.withData(data));
            QueryRunner runner = new QueryRunner(gen.dataset(), 60_000);
            QueryCatalog canned = QueryCatalog.load(TestProject.QUERIES);
            CannedQuery fromLinks = canned.get("raided-then-licensed").orElseThrow();
            CannedQuery byScan = QueryCatalog.load(TestProject.TEST_RESOURCES.resolve("derived-by-scan")).get("raided-then-licensed").orElseThrow();
            int answered = 0;
            for (String asOf : List.of("", published.get(published.size() / 3), published.get(2 * published.size() / 3)))
                for (String window : List.of("-1", "0", "3", "30", "365", "100000")) {
                    Optional<DateValue> view = AsOfOption.parse(asOf.isEmpty() ? null : asOf);
                    TreeSet<String> expected = rows(runner.select(byScan, Map.of("max_days", window), view));
                    assertEquals(expected, rows(runner.select(fromLinks, Map.of("max_days", window), view)), "max_days=" + window + " as of " + asOf);
                    if (!expected.isEmpty()) answered++;
                }
            assertTrue(answered >= 6, "the generated graph has raided firms licensed within the windows: " + answered);
            Optional<DateValue> afterEverySource = AsOfOption.parse("2100");
            for (String q : List.of("totals-by-agency", "totals-by-year", "contested-figures")) {
                TreeSet<String> whole = rows(runner.select(canned.get(q).orElseThrow(), Map.of()));
                assertFalse(whole.isEmpty(), q);
                assertEquals(whole, rows(runner.select(canned.get(q).orElseThrow(), Map.of(), afterEverySource)), q + " as of 2100");
            }
        }
    }

    private static TreeSet<String> rows(RowSetRewindable rs) {
        TreeSet<String> out = new TreeSet<>();
        rs.forEachRemaining(b -> out.add(b.toString()));
        return out;
    }

    /** A firm that only the derived graph names (a raid-to-grant link) is still one no source supports. */
    @Test
    void theDerivedGraphIsNoSourceForTheQualityGate() {
        Node firm = NodeFactory.createURI(Ids.ID + "org/planted-firm");
        Node link = NodeFactory.createURI(Ids.DERIVED_GRAPH + "#raid-grant-planted");
        store.dataset().executeWrite(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.add(NodeFactory.createURI(Ids.REGISTRY_GRAPH), firm, org.apache.jena.vocabulary.RDF.type.asNode(),
                    NodeFactory.createURI("http://www.w3.org/ns/org#Organization"));
            dsg.add(DerivedGraph.NAME, link, SKG.derivedFirm.asNode(), firm);
        });
        TreeSet<String> found = rows(new QueryRunner(store.dataset(), 60_000).select(
                QueryCatalog.load(TestProject.QUERIES).get("quality-entity-without-source").orElseThrow(), Map.of()));
        assertTrue(found.stream().anyMatch(r -> r.contains("planted-firm")), found.toString());
    }

    @Test
    void aReloadOfOtherDataRebuildsIt() {
        StoreLoader.load(store, TestProject.withData(TestProject.fixtureData(dir.resolve("fixture"), null)));
        assertEquals(recomputed(), stored());
    }

    @Test
    void anFtmImportRebuildsItInItsTransaction() {
        // a stale derived graph (as a write through the update endpoint might leave it) …
        Node stale = NodeFactory.createURI(Ids.ID + "claim/not-a-claim");
        store.dataset().executeWrite(() -> store.dataset().asDatasetGraph().add(DerivedGraph.NAME, stale, SKG.derivedTotalsFigure.asNode(), stale));
        assertFalse(recomputed().equals(stored()));
        // … is replaced by the import's rebuild
        FtmImport.run(store, TestProject.TEST_RESOURCES.resolve("ftm/linked.jsonl"), "fixture", NameNormaliser.of(TestProject.DATA),
                new PrintWriter(Writer.nullWriter()));
        assertEquals(recomputed(), stored());
        assertTrue(stored().stream().noneMatch(l -> l.contains("not-a-claim")));
    }

    @Test
    void aRestoreRecomputesItFromTheRestoredData() {
        TreeSet<String> loaded = stored();
        // a backup of a store without the derived graph (as made before it existed)
        store.dataset().executeWrite(() -> store.dataset().asDatasetGraph().removeGraph(DerivedGraph.NAME));
        Path file = dir.resolve("backup.nq.gz");
        Backup.write(store, file, new PrintWriter(Writer.nullWriter()));
        Backup.restore(store, file, new PrintWriter(Writer.nullWriter()));
        assertEquals(loaded, stored());
    }

    @Test
    void aFailedLoadOrImportLeavesItUnchanged() throws IOException {
        TreeSet<String> before = stored();
        Path bad = TestProject.fixtureData(dir.resolve("bad"), "unresolved-reference");
        assertThrows(LoadException.class, () -> StoreLoader.load(store, TestProject.withData(bad)));
        assertEquals(before, stored());
        Path badLines = dir.resolve("bad.jsonl");
        Files.writeString(badLines, "{\"id\": \"x1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\nnot json\n");
        assertThrows(RuntimeException.class, () -> FtmImport.run(store, badLines, "bad", NameNormaliser.of(TestProject.DATA),
                new PrintWriter(Writer.nullWriter())));
        assertEquals(before, stored());
    }

    @Test
    void exportsAndStatisticsLeaveItOut() {
        String derived = Ids.DERIVED_GRAPH;
        List<Node> derivedPredicates = DerivedGraph.PREDICATES;
        for (RdfFormat f : List.of(RdfFormat.NQ, RdfFormat.TRIG, RdfFormat.TTL)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RdfExport.write(store.dataset(), f, Optional.empty(), out);
            DatasetGraph read = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            org.apache.jena.riot.RDFParser.fromString(out.toString(StandardCharsets.UTF_8), f.lang).parse(read);
            assertFalse(read.containsGraph(DerivedGraph.NAME), f + " has the derived graph");
            for (Node p : derivedPredicates)
                assertFalse(read.find(null, null, p, null).hasNext() || read.getDefaultGraph().contains(null, p, null), f + " states " + p);
            assertFalse(read.getDefaultGraph().contains(DerivedGraph.NAME, null, null), f + " describes the derived graph");
        }
        // asked for by name, it is written (and says it is derived)
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        RdfExport.write(store.dataset(), RdfFormat.NQ, Optional.of(derived), one);
        assertTrue(one.toString(StandardCharsets.UTF_8).contains(SKG.DerivedGraph.getURI()));
        // statistics count the data, not the derived graph
        StoreStatistics.Stats st = StoreStatistics.of(store.dataset());
        long[] all = store.dataset().calculateRead(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Node> graphs = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(graphs::add);
            return new long[] {dsg.stream().count(), graphs.size(), dsg.getGraph(DerivedGraph.NAME).size()};
        });
        assertTrue(all[2] > 0);
        assertEquals(all[0] - all[2], st.quads());
        assertEquals(all[1] - 1, st.graphs());
        // the network and the CSV relations table: no edge from the derived graph
        assertTrue(EntityGraph.of(store.dataset()).edges().stream().noneMatch(e -> e.graph().equals(derived)));
        CsvExport.write(store.dataset(), dir.resolve("csv"));
        assertFalse(readString(dir.resolve("csv/relations.csv")).contains(derived));
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
