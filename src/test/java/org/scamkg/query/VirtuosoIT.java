package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.ScamkgProcess;
import org.scamkg.TestProject;
import org.scamkg.VirtuosoServer;
import org.scamkg.common.DateValue;
import org.scamkg.common.NameNormaliser;
import org.scamkg.store.EndpointEngine;
import org.scamkg.store.SparqlEndpoint;

/**
 * The external engine end to end, against a real Virtuoso (Debian's {@code virtuoso-opensource}),
 * started on loopback with its own scratch database under {@code target/virtuoso-it}: the curated
 * records are written there by {@code load --target} (Virtuoso's Graph Store endpoint, Digest
 * authentication), every golden case of the canned queries must give the same rows as on the
 * embedded store ({@link QueryCasesTest}), and {@code serve --sparql} must serve the site over it
 * (home page, an entity's page, a question answered as a form, name search) with its public
 * endpoint still read-only and fenced. Where Virtuoso is not installed or cannot start, the test
 * says so and is skipped; {@code .ci/run} installs the package.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VirtuosoIT {
    /**
     * Golden cases whose query does not give the case's rows on Virtuoso 7.2.5, each with the cause
     * found (docs/scaling.md lists them); they are skipped with that reason. Remove an entry when
     * its query is made to answer there: the case must then pass. (Until the engine sent long
     * queries as forms, Virtuoso never answered them, which had looked like slow plans.)
     */
    static final Map<String, String> NOT_YET_ON_VIRTUOSO = Map.of(
            "links-between/firm-to-commission-five-hops", "Virtuoso 7.2.5 cannot compile the five-hop branch even alone: SQ200 "
                    + "(its memory pool, MaxMemPoolSize, 400 MB by default) after about 15 s, and with a pool of 2 GB SQ156 (\"query too "
                    + "large, variables in state over the limit\") after 31 s; chains of up to four statements answer there");
    // links-between as a whole was here until the engine sent grouped UNION questions one branch at
    // a time (UnionBranches): Virtuoso 7.2.5 refuses its text whole (SP031, "abnormally long"; since
    // the text's four-hop fix, SQ200, its memory pool), since it compiles every branch whatever
    // max_hops says, and answers the branches of up to four hops.

    static final Path DIR = Path.of("target/virtuoso-it").toAbsolutePath();
    VirtuosoServer virtuoso;
    EndpointEngine engine;
    QueryCatalog catalog;
    ScamkgProcess serve;
    String base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void startLoadAndServe() throws Exception {
        Assumptions.assumeTrue(VirtuosoServer.binary().isPresent(),
                "Virtuoso is not installed (Debian package virtuoso-opensource; .ci/run installs it): the external-engine test is skipped");
        try {
            virtuoso = VirtuosoServer.start(DIR);
        } catch (IllegalStateException e) {
            Assumptions.abort("Virtuoso is installed but could not start here, so the external-engine test is skipped: " + e.getMessage());
        }
        try (ScamkgProcess load = ScamkgProcess.startWith(Map.of("SCAMKG_TARGET_PASSWORD", VirtuosoServer.PASSWORD),
                "load", "--target", virtuoso.gspUrl(), "--target-user", VirtuosoServer.USER)) {
            assertEquals(0, load.waitFor(Duration.ofMinutes(5)), load.output());
            assertTrue(load.output().matches("(?s).*sent \\d+ graphs, \\d+ triples.*"), load.output());
        }
        engine = new EndpointEngine(new SparqlEndpoint(virtuoso.sparqlUrl(), Optional.empty()), NameNormaliser.of(TestProject.DATA));
        catalog = QueryCatalog.load(TestProject.QUERIES);
        serve = ScamkgProcess.start("serve", "--sparql", virtuoso.sparqlUrl(), "--port", "0", "--query-timeout", "30");
        Matcher ready = serve.await(Pattern.compile("scamkg ready: (http://127\\.0\\.0\\.1:\\d+)/"), Duration.ofMinutes(2));
        base = ready.group(1);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (serve != null) serve.close();
        if (virtuoso != null) virtuoso.close();
    }

    /** The golden cases that run on the curated data alone (those with FollowTheMoney imports need the embedded store's import). */
    static List<String> cases() throws IOException {
        return QueryCasesTest.cases().filter(c -> !Files.isDirectory(QueryCasesTest.CASES.resolve(c).resolve("ftm"))).toList();
    }

    /** The case's query; the case is skipped, with what Virtuoso does, when it is known not to answer there yet. */
    private CannedQuery queryOf(String queryAndCase) {
        String name = queryAndCase.substring(0, queryAndCase.indexOf('/'));
        String known = NOT_YET_ON_VIRTUOSO.getOrDefault(queryAndCase, NOT_YET_ON_VIRTUOSO.get(name));
        Assumptions.assumeTrue(known == null, () -> queryAndCase + " does not yet answer on Virtuoso: " + known);
        return catalog.get(name).orElseThrow();
    }

    /** A golden case as the tests run it: its query, parameters, as-of date and expected TSV lines. */
    record GoldenCase(CannedQuery query, Map<String, String> params, Optional<DateValue> asOf, List<String> expected) {}

    private GoldenCase goldenCase(String queryAndCase) throws IOException {
        CannedQuery q = queryOf(queryAndCase);
        Path caseDir = QueryCasesTest.CASES.resolve(queryAndCase);
        Map<String, String> params = QueryCasesTest.params(caseDir);
        Optional<DateValue> asOf = AsOfOption.parse(params.remove("as_of"));
        return new GoldenCase(q, params, asOf, Files.readAllLines(caseDir.resolve("expected.tsv")));
    }

    /** Paging on the external engine (the same total order as on the embedded store): its pages of 3 rows make up the golden case. */
    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyGoldenCaseInPagesGivesTheSameRowsOnVirtuoso(String queryAndCase) throws IOException {
        GoldenCase c = goldenCase(queryAndCase);
        List<String> expected = c.expected();
        List<String> rows = new java.util.ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page page = new QueryRunner(engine, 60_000).page(c.query(), c.params(), c.asOf(), new PageRequest(3, cursor));
            assertEquals(expected.size() - 1, page.total(), "total of " + queryAndCase);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(page.rows()));
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
            rows.addAll(lines.subList(1, lines.size()));
            cursor = page.next();
        } while (cursor.isPresent());
        assertEquals(expected.subList(1, expected.size()).stream().map(QueryCasesTest::normalise).sorted().toList(),
                rows.stream().map(QueryCasesTest::normalise).sorted().toList(), "pages of " + queryAndCase);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyGoldenCaseGivesTheSameRowsOnVirtuoso(String queryAndCase) throws IOException {
        GoldenCase c = goldenCase(queryAndCase);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(new QueryRunner(engine, 60_000).select(c.query(), c.params(), c.asOf())));
        List<String> actual = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expected = c.expected();
        assertEquals(expected.get(0), actual.get(0), "columns of " + queryAndCase);
        assertEquals(expected.subList(1, expected.size()).stream().map(QueryCasesTest::normalise).sorted().toList(),
                actual.subList(1, actual.size()).stream().map(QueryCasesTest::normalise).sorted().toList(), "rows of " + queryAndCase);
    }

    /** The quality gates have no golden cases (they must find nothing): on Virtuoso too they answer, and find nothing in the curated data. */
    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.scamkg.query.QualityGatesTest#gates")
    void everyQualityGateFindsNothingOnVirtuoso(String gate) {
        assertEquals(0, new QueryRunner(engine, 60_000).select(catalog.get(gate).orElseThrow(), Map.of()).size(), gate);
    }

    /**
     * The curation question has no golden case on the curated data alone (each needs a
     * FollowTheMoney import): it must still compile there, and without imports it finds nothing.
     */
    @Order(1)
    @Test
    void candidateLinksAnswersOnVirtuoso() {
        assertEquals(0, new QueryRunner(engine, 60_000).select(catalog.get("candidate-links").orElseThrow(), Map.of()).size());
    }

    /** Last: its red flags include whole-graph questions that may run past the limit there (and keep Virtuoso busy after). */
    @Order(9)
    @Test
    void theHomePageCountsWhatVirtuosoHolds() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("raided-then-licensed"), "the red flags are answered");
        Matcher quads = Pattern.compile("(\\d[\\d,]*) statements in all").matcher(r.body());
        assertTrue(quads.find() && Long.parseLong(quads.group(1).replace(",", "")) > 1000, "the home page counts the quads there");
    }

    @Order(2)
    @Test
    void aPageIsReadFromTheEndpoint() throws Exception {
        // a source's attestation of an event: a page made from the graph itself (labels, the thing's statements)
        HttpResponse<String> r = get("/id/event/2023-ohchr-online-scam-report/attested/2023-12-minister-259-forced-labour-cases", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("says of"), "the page names it from its source and event: " + r.body());
        HttpResponse<String> ttl = get("/id/person/hun-manet", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.body().contains("Hun Manet"), ttl.body());
        assertEquals(404, get("/id/person/no-such-person", "text/html").statusCode());
    }

    @Order(2)
    @Test
    void anEntityPageShowsItsNamesEventsAndClaims() throws Exception {
        Assumptions.assumeFalse(NOT_YET_ON_VIRTUOSO.containsKey("name-variants"),
                "an entity's page asks name-variants, which does not yet answer on Virtuoso: " + NOT_YET_ON_VIRTUOSO.get("name-variants"));
        HttpResponse<String> r = get("/id/person/hun-manet", "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Hun Manet"), "the page names him");
        assertTrue(r.body().contains("Prime Minister"), "the page shows his post");
    }

    @Order(2)
    @Test
    void aQuestionIsAnsweredAsAForm() throws Exception {
        HttpResponse<String> r = get("/queries/post-history?post=" + enc("post/prime-minister-of-cambodia"), "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Hun Manet") && r.body().contains("Hun Sen"), "both holders are answered");
        HttpResponse<String> csv = get("/queries/post-history?post=" + enc("post/prime-minister-of-cambodia") + "&format=csv", "text/csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().lines().count() > 2, csv.body());
    }

    @Order(2)
    @Test
    void nameSearchFindsByFoldedNamesWithoutTheIndex() throws Exception {
        HttpResponse<String> r = get("/search?format=json&q=" + enc("HUN MÂNET"), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/scamkg/id/person/hun-manet"), r.body());
        HttpResponse<String> page = get("/search?q=" + enc("manet"), "text/html");
        assertTrue(page.body().contains("Hun Manet"), "a word matches the start of a name word");
        HttpResponse<String> none = get("/search?format=json&q=" + enc("anet"), "application/json");
        assertTrue(!none.body().contains("hun-manet"), "not the middle of a word: " + none.body());
    }

    @Order(2)
    @Test
    void thePublicEndpointForwardsReadsOnlyAndNothingElsewhere() throws Exception {
        HttpResponse<String> ok = sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/scamkg/graph/registry> { ?s ?p ?o } }");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().matches("(?s).*\"value\"\\s*:\\s*\"[1-9]\\d*\".*"), ok.body());
        assertEquals(400, sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }").statusCode());
        assertEquals(400, sparql("SELECT * FROM <http://example.org/elsewhere> WHERE { ?s ?p ?o } LIMIT 1").statusCode());
        assertEquals(400, sparql("SELECT (<bif:http_get>(\"http://127.0.0.1:9/\") AS ?x) WHERE {}").statusCode());
        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(update.statusCode() / 100 == 4, "an update is refused: " + update.statusCode());
        assertEquals(200, sparql("ASK { GRAPH <https://w3id.org/scamkg/graph/registry> { ?s ?p ?o } }").statusCode(), "the data is still there");
    }

    @Order(2)
    @Test
    void theCommandLineQueriesAndSearchesTheEndpoint() throws Exception {
        try (ScamkgProcess q = ScamkgProcess.start("query", "--sparql", virtuoso.sparqlUrl(), "post-history",
                "--param", "post=post/prime-minister-of-cambodia", "--format", "csv")) {
            assertEquals(0, q.waitFor(Duration.ofMinutes(2)), q.output());
            assertTrue(q.output().contains("person/hun-manet"), q.output());
        }
        try (ScamkgProcess s = ScamkgProcess.start("search", "--sparql", virtuoso.sparqlUrl(), "sokha")) {
            assertEquals(0, s.waitFor(Duration.ofMinutes(2)), s.output());
            assertTrue(s.output().contains("Sar Sokha"), s.output());
        }
    }

    private HttpResponse<String> sparql(String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

}
