package org.scamkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scamkg.TestCli;
import org.scamkg.TestCli.Run;
import org.scamkg.TestProject;


/** The command line as a user meets it: exit codes, one-line errors, results. Runs in-process. */
class CliTest {
    static Run run(String... args) { return TestCli.run(args); }

    static String[] withProject(Path store, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--store", store.toString(), "--config", TestProject.CONFIG.toString()));
        return a.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "validate", "serve", "query", "queries", "stats", "search", "export", "release", "import-ftm", "backup", "restore"})
    void everySubcommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Usage: scamkg " + command), r.out());
    }

    @Test
    void validateAcceptsTheCuratedData() {
        Run r = run("validate", "--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("valid: "), r.out());
    }

    @Test
    void corruptedRecordIsRefusedWithFileAndLineAndExit1(@TempDir Path dir) {
        Path data = TestProject.fixtureData(dir, "malformed-date");
        Run r = run("validate", "--data", data.toString(), "--ontology", TestProject.ONTOLOGY.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().lines().anyMatch(l -> l.matches(".*data/sources/fixture-article\\.yml:43: events\\[0]\\.date: .*")), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void queryLoadsAnEmptyStoreThenAnswers(@TempDir Path dir) {
        Run r = run(withProject(dir.resolve("store"), "query", "raided-then-licensed", "--format", "csv",
                "--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString(), "--queries", TestProject.QUERIES.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("store is empty"), r.err());
        assertTrue(r.out().contains("https://w3id.org/scamkg/id/org/unnamed-firm-sihanoukville-compound"), r.out());
        assertTrue(r.out().contains("source/camboja-2022-09-pm-worst-country"), r.out());
    }

    @Test
    void badParameterAndUnknownQueryExit1WithAMessage(@TempDir Path dir) {
        Run bad = run(withProject(dir.resolve("store"), "query", "raided-then-licensed", "--param", "max_days=soon",
                "--queries", TestProject.QUERIES.toString()));
        assertEquals(1, bad.exit());
        assertEquals("scamkg: parameter 'max_days': 'soon' is not a whole number", bad.err().strip());
        Run unknown = run(withProject(dir.resolve("store"), "query", "no-such-query", "--queries", TestProject.QUERIES.toString()));
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().startsWith("scamkg: no canned query named 'no-such-query'"), unknown.err());
        Run param = run(withProject(dir.resolve("store"), "query", "raided-then-licensed", "--param", "days=3",
                "--queries", TestProject.QUERIES.toString()));
        assertTrue(param.err().contains("unknown parameter 'days'"), param.err());
    }

    @Test
    void loadThenStatsCountWhatWasLoaded(@TempDir Path dir) {
        Path store = dir.resolve("store");
        Run load = run(withProject(store, "load", "--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString()));
        assertEquals(0, load.exit(), load.err());
        Run stats = run(withProject(store, "stats"));
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().matches("(?s).*claims\\s+[1-9][0-9]*.*"), stats.out());
        assertTrue(stats.out().contains("source/camboja-2022-09-pm-worst-country"), stats.out());
    }

    @Test
    void searchFindsByNameAndExportWritesAFile(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        String[] data = {"--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString()};
        Run search = run(withProject(store, concat(new String[] {"search", "kimkhoeun"}, data)));
        assertEquals(0, search.exit(), search.err());
        assertTrue(search.out().startsWith("person/chhay-kimkhoeun"), search.out());
        Path ttl = dir.resolve("out/graph.ttl");
        Run export = run(withProject(store, "export", "--format", "ttl", "--graph", "graph/registry", "--out", ttl.toString()));
        assertEquals(0, export.exit(), export.err());
        assertTrue(java.nio.file.Files.readString(ttl).contains("person/hun-sen"));
        Run bad = run(withProject(store, "export", "--format", "xlsx", "--out", dir.resolve("x").toString()));
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("Invalid value for option '--format'"), bad.err());
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void usageErrorExits2() {
        assertEquals(2, run("query").exit());
        assertEquals(2, run("no-such-command").exit());
    }

    @Test
    void queryPagesPrintTheirPlaceToStandardErrorAndTogetherAreTheWholeAnswer(@TempDir Path dir) {
        Path store = dir.resolve("store");
        String[] project = {"--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString(), "--queries", TestProject.QUERIES.toString()};
        Run whole = run(withProject(store, concat(new String[] {"query", "source-catalogue", "--format", "csv"}, project)));
        assertEquals(0, whole.exit(), whole.err());
        List<String> all = whole.out().lines().toList();
        int rows = all.size() - 1;
        assertTrue(rows > 4, whole.out());
        assertFalse(whole.err().contains("rows "), "the whole answer says nothing of pages: " + whole.err());

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int first = 1;
        do {
            String[] args = concat(new String[] {"query", "source-catalogue", "--format", "csv", "--page-size", "3"}, project);
            if (cursor != null) args = concat(args, new String[] {"--cursor", cursor});
            Run page = run(withProject(store, args));
            assertEquals(0, page.exit(), page.err());
            List<String> lines = page.out().lines().toList();
            assertEquals(all.get(0), lines.get(0), "each page is a CSV with its header");
            paged.addAll(lines.subList(1, lines.size()));
            String said = page.err().strip();
            int last = Math.min(first + 2, rows);
            assertTrue(said.startsWith("rows " + first + "–" + last + " of " + rows + "; "), said);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("next page: --cursor (\\S+)$").matcher(said);
            cursor = m.find() ? m.group(1) : null;
            if (cursor == null) assertTrue(said.endsWith("the last page"), said);
            first += 3;
        } while (cursor != null);
        assertEquals(all.subList(1, all.size()).stream().sorted().toList(), paged.stream().sorted().toList());
    }

    @Test
    void aForeignCursorOrABadPageSizeExits2WithAMessage(@TempDir Path dir) {
        Path store = dir.resolve("store");
        String[] project = {"--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString(), "--queries", TestProject.QUERIES.toString()};
        Run first = run(withProject(store, concat(new String[] {"query", "source-catalogue", "--page-size", "1"}, project)));
        assertEquals(0, first.exit(), first.err());
        String cursor = first.err().strip().replaceFirst("(?s)^.*--cursor ", "");
        Run foreign = run(withProject(store, concat(new String[] {"query", "licences", "--cursor", cursor}, project)));
        assertEquals(2, foreign.exit());
        assertTrue(foreign.err().startsWith("scamkg: cursor: '" + cursor + "' belongs to another question"), foreign.err());
        assertEquals("", foreign.out());
        Run garbage = run(withProject(store, concat(new String[] {"query", "source-catalogue", "--cursor", "abc"}, project)));
        assertEquals(2, garbage.exit());
        assertTrue(garbage.err().contains("is not a cursor"), garbage.err());
        for (String size : List.of("0", "1001")) {
            Run bad = run(withProject(store, concat(new String[] {"query", "source-catalogue", "--page-size", size}, project)));
            assertEquals(2, bad.exit(), size);
            assertTrue(bad.err().startsWith("scamkg: page size: '" + size + "' is not a whole number from 1 to 1000"), bad.err());
        }
    }
}
