package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.TestProject;
import org.scamkg.common.DateValue;
import org.scamkg.common.NameNormaliser;
import org.scamkg.ftm.FtmImport;
import org.scamkg.store.KgEngine;
import org.scamkg.store.KgStore;

/**
 * The golden cases of the canned queries ({@code src/test/resources/queries/<name>/<case>/}:
 * {@code params.properties} and {@code expected.tsv}), each run over the curated data in a real
 * TDB2 store. An {@code as_of} key runs the case as of that date. A case with an {@code ftm/}
 * directory runs on its own store, with each {@code ftm/<dataset>.jsonl} imported beside the
 * curated data. Rows are compared as a set under the header, so row order is left to the query.
 * With {@code -Dscamkg.updateCases=true} the answers are written as the expected ones, for review
 * with {@code git diff} before committing.
 */
class QueryCasesTest {
    static final Path CASES = TestProject.TEST_RESOURCES.resolve("queries");
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

    static Stream<String> cases() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> queries = Files.list(CASES)) {
            for (Path q : queries.filter(Files::isDirectory).sorted().toList())
                try (Stream<Path> cs = Files.list(q)) {
                    cs.filter(Files::isDirectory).sorted().forEach(c -> out.add(q.getFileName() + "/" + c.getFileName()));
                }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void queryGivesItsExpectedRows(String queryAndCase, @TempDir Path caseStore) throws IOException {
        List<String> actual = answer(queryAndCase, caseStore, KgEngine::of);
        Path caseDir = CASES.resolve(queryAndCase);
        // -Dscamkg.updateCases=true writes the answers as the expected ones: review them with git diff
        if (Boolean.getBoolean("scamkg.updateCases")) Files.write(caseDir.resolve("expected.tsv"), actual);
        assertRows(queryAndCase, actual);
    }

    /**
     * The questions an external endpoint is sent one UNION branch at a time ({@link UnionBranches}):
     * asked that way of the embedded store, their merged rows are the golden case's too. (The
     * variant's run on Virtuoso is VirtuosoIT's.)
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("casesAskedBranchByBranch")
    void questionAskedBranchByBranchGivesItsExpectedRows(String queryAndCase, @TempDir Path caseStore) throws IOException {
        assertRows(queryAndCase, answer(queryAndCase, caseStore, dataset -> new BranchByBranch(KgEngine.of(dataset))));
    }

    /** The cases whose question, with the case's parameters bound, is split into UNION branches. */
    static Stream<String> casesAskedBranchByBranch() throws IOException {
        QueryCatalog all = QueryCatalog.load(TestProject.QUERIES);
        List<String> out = new ArrayList<>();
        for (String c : cases().toList()) {
            CannedQuery q = all.get(c.substring(0, c.indexOf('/'))).orElseThrow();
            Map<String, String> params = params(CASES.resolve(c));
            params.remove("as_of");
            if (UnionBranches.of(ParameterSubstitution.apply(q.query(), ParameterBinder.bind(q, params))).isPresent()) out.add(c);
        }
        assertTrue(out.stream().anyMatch(c -> c.startsWith("links-between/")), "links-between is asked branch by branch: " + out);
        return out.stream();
    }

    /** The engine of a store, made to ask grouped UNION questions branch by branch as an endpoint is asked them. */
    private record BranchByBranch(KgEngine engine) implements KgEngine {
        @Override public RowSetRewindable select(Query query, Optional<List<String>> graphs, long timeoutMillis) { return engine.select(query, graphs, timeoutMillis); }
        @Override public boolean ask(Query query, Optional<List<String>> graphs, long timeoutMillis) { return engine.ask(query, graphs, timeoutMillis); }
        @Override public Graph graph(Query query, Optional<List<String>> graphs, long timeoutMillis) { return engine.graph(query, graphs, timeoutMillis); }
        @Override public Optional<NameNormaliser> nameFolding() { return engine.nameFolding(); }
        @Override public String describe() { return engine.describe(); }
        @Override public boolean asksUnionBranchesApart() { return true; }
    }

    /** The case's answer as TSV lines, asked of the engine {@code engineOf} gives for the store (the case's own, with imports, when it has some). */
    private static List<String> answer(String queryAndCase, Path caseStore, Function<Dataset, KgEngine> engineOf) throws IOException {
        String name = queryAndCase.substring(0, queryAndCase.indexOf('/'));
        Path caseDir = CASES.resolve(queryAndCase);
        CannedQuery q = catalog.get(name).orElseThrow(() -> new AssertionError("case for unknown query " + name));
        Map<String, String> params = params(caseDir);
        Optional<DateValue> asOf = AsOfOption.parse(params.remove("as_of"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path imports = caseDir.resolve("ftm");
        if (Files.isDirectory(imports)) {
            try (KgStore own = CuratedStore.open(caseStore); Stream<Path> files = Files.list(imports)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                    String dataset = f.getFileName().toString().replaceFirst("\\.jsonl$", "");
                    FtmImport.run(own, f, dataset, NameNormaliser.of(TestProject.DATA), new PrintWriter(Writer.nullWriter()));
                }
                ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(new QueryRunner(engineOf.apply(own.dataset()), 60_000).select(q, params, asOf)));
            }
        } else {
            ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(new QueryRunner(engineOf.apply(store.dataset()), 60_000).select(q, params, asOf)));
        }
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void assertRows(String queryAndCase, List<String> actual) throws IOException {
        List<String> expected = Files.readAllLines(CASES.resolve(queryAndCase).resolve("expected.tsv"));
        assertEquals(expected.get(0), actual.get(0), "columns of " + queryAndCase);
        assertEquals(expected.subList(1, expected.size()).stream().map(QueryCasesTest::normalise).sorted().toList(),
                actual.subList(1, actual.size()).stream().map(QueryCasesTest::normalise).sorted().toList(), "rows of " + queryAndCase);
    }

    private static final java.util.regex.Pattern IRI_LIST = java.util.regex.Pattern.compile("\"https?://\\S+( https?://\\S+)+\"");

    /**
     * A row with its GROUP_CONCAT lists of IRIs, and its " | "-separated lists, sorted: SPARQL leaves the order of an aggregate's
     * inputs to the store (it follows how the data was written), and the lists are sets.
     */
    /** A case's parameters as given in its params.properties (as_of among them, when given). */
    static Map<String, String> params(Path caseDir) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(caseDir.resolve("params.properties"))) {
            props.load(r);
        }
        Map<String, String> params = new LinkedHashMap<>();
        props.stringPropertyNames().forEach(k -> params.put(k, props.getProperty(k)));
        return params;
    }

    static String normalise(String row) {
        return java.util.Arrays.stream(row.split("\t", -1)).map(cell -> IRI_LIST.matcher(cell).matches()
                ? "\"" + String.join(" ", java.util.Arrays.stream(cell.substring(1, cell.length() - 1).split(" ")).sorted().toList()) + "\""
                : PIPE_LIST.matcher(cell).matches()
                ? "\"" + String.join(" | ", java.util.Arrays.stream(cell.substring(1, cell.length() - 1).split(" \\| ")).sorted().toList()) + "\""
                : cell).collect(java.util.stream.Collectors.joining("\t"));
    }

    /** A " | "-separated GROUP_CONCAT (dates by source, labels): a set too. */
    private static final java.util.regex.Pattern PIPE_LIST = java.util.regex.Pattern.compile("\"[^\"]* \\| [^\"]*\"");

    @Test
    void everyQueryButTheQualityGatesHasAGoldenCase() {
        List<String> without = new ArrayList<>();
        for (CannedQuery q : catalog.all())
            if (!q.name().startsWith("quality-") && !Files.isDirectory(CASES.resolve(q.name()))) without.add(q.name());
        assertEquals(List.of(), without, "queries without a case under src/test/resources/queries/");
    }

    @Test
    void everyQueryDocumentsEachColumnItReturns() {
        List<String> undocumented = new ArrayList<>();
        for (CannedQuery q : catalog.all())
            if (q.query().isSelectType())
                for (String v : q.query().getResultVars())
                    if (!q.header().columns().containsKey(v)) undocumented.add(q.name() + ": ?" + v);
        assertEquals(List.of(), undocumented);
        assertTrue(catalog.names().contains("raided-then-licensed"));
    }
}
