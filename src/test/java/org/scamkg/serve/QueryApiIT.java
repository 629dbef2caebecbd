package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.query.QueryCatalog;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/** The canned questions over HTTP: catalogue, content negotiation, parameters, as-of, editor examples. */
class QueryApiIT {
    @TempDir static Path dir;
    static KgServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
        }
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.stop(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void catalogueListsEveryQueryAsJsonAndHtml() throws Exception {
        HttpResponse<String> json = get("/queries", "application/json");
        assertEquals(200, json.statusCode());
        JsonNode list = JSON.readTree(json.body());
        assertEquals(QueryCatalog.load(TestProject.QUERIES).names().size(), list.size());
        assertTrue(json.body().contains("\"name\" : \"post-holder-on-date\""), json.body());
        HttpResponse<String> html = get("/queries", "text/html");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("href=\"/queries/raided-then-licensed\""));
        assertTrue(html.body().contains("Firms whose site was raided"), "each question by what it asks");
    }

    @Test
    void queryAnswersSparqlJsonThatRdf4jReads() throws Exception {
        HttpResponse<String> r = get("/queries/post-holder-on-date?post=" + q("post/minister-of-interior") + "&date=2022-09-29", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        try (TupleQueryResult result = QueryResultIO.parseTuple(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                TupleQueryResultFormat.JSON, null)) {
            List<String> holders = result.stream().map(b -> b.getValue("holder").stringValue() + " " + b.getValue("basis").stringValue()).toList();
            assertEquals("https://w3id.org/scamkg/id/person/sar-kheng attested on the date", holders.get(0));
        }
    }

    @Test
    void acceptHeaderChoosesCsvOrHtml() throws Exception {
        HttpResponse<String> csv = get("/queries/raided-then-licensed", "text/csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("firm,firmLabel,raid"), csv.body());
        HttpResponse<String> html = get("/queries/raided-then-licensed", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(html.body().contains("<table id=\"answer\">") && html.body().contains("href=\"/id/org/unnamed-firm-sihanoukville-compound\""), html.body());
    }

    @Test
    void invalidParameterIs400WithItsMessage() throws Exception {
        HttpResponse<String> bad = get("/queries/raided-then-licensed?max_days=soon", "application/json");
        assertEquals(400, bad.statusCode());
        assertEquals("parameter 'max_days': 'soon' is not a whole number", JSON.readTree(bad.body()).get("error").asText());
        assertEquals(400, get("/queries/post-holder-on-date?post=post/minister-of-interior&date=29/09/2022", null).statusCode());
        assertEquals(400, get("/queries/who-said-what?measure=no-such-measure", null).statusCode());
        assertEquals(400, get("/queries/raided-then-licensed?as_of=yesterday", null).statusCode());
        assertEquals(400, get("/queries/raided-then-licensed?colour=red", null).statusCode());
        assertEquals(404, get("/queries/no-such-query", null).statusCode());
    }

    @Test
    void asOfShowsOnlyWhatWasPublishedByThen() throws Exception {
        String now = get("/queries/raided-then-licensed", "text/csv").body();
        String before = get("/queries/raided-then-licensed?as_of=2022-08", "text/csv").body();
        assertTrue(now.contains("unnamed-firm"), now);
        assertFalse(before.contains("unnamed-firm"), before);
    }

    @Test
    void hostileParameterTextIsEscapedInTheHtmlPage() throws Exception {
        HttpResponse<String> r = get("/queries/who-said-what?topic=" + q("<script>alert(1)</script>"), "text/html");
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert(1)</script>"), "raw script in page");
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void editorOffersTheCatalogueAsExamplesThatRun() throws Exception {
        String page = get("/editor/", "text/html").body();
        assertTrue(page.contains(EditorPatchFilter.SCRIPT_TAG), "the editor page loads the examples");
        // The query view is a module the editor's index script loads.
        String index = get("/static/" + firstMatch(get("/editor/", null).body(), "static/(index-[A-Za-z0-9_-]+\\.js)"), null).body();
        String queryView = firstMatch(index, "(Query-[A-Za-z0-9_-]+\\.js)");
        assertTrue(get("/static/" + queryView, null).body().contains("window.SCAMKG_EXAMPLES"), "the query view offers the examples");
        String script = get("/queries/examples.js", null).body();
        JsonNode examples = JSON.readTree(script.substring(script.indexOf('['), script.lastIndexOf(']') + 1));
        assertEquals(QueryCatalog.load(TestProject.QUERIES).names().size(), examples.size());
        for (JsonNode e : examples) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(e.get("value").asText())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), e.get("text").asText() + ": " + r.body());
        }
    }

    @Test
    void aBrowserGetsEachQuestionAsAFormWithItsVocabularyAsChoices() throws Exception {
        HttpResponse<String> form = get("/queries/who-said-what", "text/html");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<select id=\"f-measure\" name=\"measure\">") && form.body().contains("<option value=\"people-rescued\""),
                "a vocabulary parameter is a choice of its terms");
        HttpResponse<String> required = get("/queries/post-holder-on-date", "text/html");
        assertEquals(200, required.statusCode(), "a question with required fields shows its form, not an error");
        assertTrue(required.body().contains("data-entity-picker=\"fill\"") && !required.body().contains("id=\"answer\""));
        HttpResponse<String> bad = get("/queries/post-holder-on-date?post=post/minister-of-interior&date=June", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("id=\"error-date\""), "the error is beside its field");
    }

    private static String firstMatch(String text, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex);
        return m.group(1);
    }

    /** The rows of a SPARQL JSON answer, read by RDF4J (a client that is not Jena), as text. */
    static List<String> rdf4jRows(String json) throws Exception {
        try (TupleQueryResult result = QueryResultIO.parseTuple(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                TupleQueryResultFormat.JSON, null)) {
            List<String> rows = new java.util.ArrayList<>();
            result.forEach(b -> rows.add(b.toString()));
            return rows;
        }
    }

    static Optional<String> link(HttpResponse<String> r, String rel) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"" + rel + "\"").matcher(r.headers().firstValue("Link").orElse(""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Test
    void jsonIsPagedAndTheNextLinksReadTheWholeAnswer() throws Exception {
        HttpResponse<String> whole = get("/queries/source-catalogue?page_size=all", "application/sparql-results+json");
        assertEquals(200, whole.statusCode());
        List<String> all = rdf4jRows(whole.body());
        assertTrue(all.size() > 5, "sources: " + all.size());
        assertEquals(String.valueOf(all.size()), whole.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(whole.headers().firstValue("Link").isEmpty(), "the whole answer has no next page");

        List<String> paged = new java.util.ArrayList<>();
        String next = "/queries/source-catalogue?page_size=2";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> r = get(next, "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(String.valueOf(all.size()), r.headers().firstValue("X-Total-Count").orElse(""), "every page says the total");
            assertEquals(pages > 0, link(r, "prev").isPresent(), "a previous page link after the first");
            List<String> rows = rdf4jRows(r.body());
            assertTrue(rows.size() <= 2);
            paged.addAll(rows);
            next = link(r, "next").orElse(null);
            pages++;
        }
        assertEquals(all, paged, "the pages in order are the whole answer in order");
        assertEquals((all.size() + 1) / 2, pages);
    }

    @Test
    void jsonAnswersAFirstPageByDefaultAndCsvTheWholeAnswer() throws Exception {
        // more rows than a default page: every name of every entity
        HttpResponse<String> json = get("/queries/name-variants", "application/sparql-results+json");
        assertEquals(200, json.statusCode(), json.body());
        long total = Long.parseLong(json.headers().firstValue("X-Total-Count").orElseThrow());
        assertTrue(total > org.scamkg.query.PageRequest.DEFAULT_SIZE, "names: " + total);
        assertEquals(org.scamkg.query.PageRequest.DEFAULT_SIZE, rdf4jRows(json.body()).size());
        assertTrue(link(json, "next").orElseThrow().contains("cursor="));
        JsonNode page = JSON.readTree(json.body()).get("page");
        assertEquals(total, page.get("total").asLong(), json.body());
        assertEquals(link(json, "next").orElseThrow(), page.get("nextUrl").asText());
        assertEquals(org.scamkg.query.PageRequest.DEFAULT_SIZE,
                org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)),
                        org.apache.jena.riot.resultset.ResultSetLang.RS_JSON).rewindable().size(), "Jena reads the page too");
        HttpResponse<String> csv = get("/queries/name-variants?format=csv", null);
        assertEquals(total + 1, csv.body().lines().count(), "CSV: a header and every row");
        assertEquals(String.valueOf(total), csv.headers().firstValue("X-Total-Count").orElse(""));
        HttpResponse<String> csvPage = get("/queries/name-variants?format=csv&page_size=10", null);
        assertEquals(11, csvPage.body().lines().count(), "a page of CSV when one is asked for");
        assertTrue(link(csvPage, "next").isPresent());
    }

    @Test
    void badCursorsAndPageSizesAre400WithTheirReason() throws Exception {
        HttpResponse<String> first = get("/queries/source-catalogue?page_size=1", "application/json");
        String cursor = link(first, "next").orElseThrow().replaceFirst(".*cursor=", "");
        HttpResponse<String> foreign = get("/queries/name-variants?page_size=1&cursor=" + cursor, "application/json");
        assertEquals(400, foreign.statusCode());
        assertTrue(JSON.readTree(foreign.body()).get("error").asText().contains("belongs to another question"), foreign.body());
        HttpResponse<String> garbage = get("/queries/source-catalogue?cursor=xyz", "text/csv");
        assertEquals(400, garbage.statusCode());
        assertTrue(garbage.body().startsWith("cursor: 'xyz' is not a cursor"), garbage.body());
        for (String size : List.of("0", "1001", "-5", "many")) {
            HttpResponse<String> r = get("/queries/source-catalogue?page_size=" + size, "application/json");
            assertEquals(400, r.statusCode(), size);
            assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith("page size: "), r.body());
        }
        assertEquals(200, get("/queries/source-catalogue?page_size=1000", "application/json").statusCode());
    }

    @Test
    void theFormShowsAPageWithTheTotalAndLinksToTheNextAndPreviousPages() throws Exception {
        long total = Long.parseLong(get("/queries/name-variants", "application/json").headers().firstValue("X-Total-Count").orElseThrow());
        HttpResponse<String> first = get("/queries/name-variants?page_size=40", "text/html");
        assertEquals(200, first.statusCode());
        String all = org.scamkg.site.Counted.of(total, "answer", "answers");
        assertTrue(first.body().contains("<span id=\"answer-rows\">rows 1–40</span> of <span id=\"answer-count\">" + all + "</span>"), first.body());
        assertEquals(40, first.body().split("<tr><td>", -1).length - 1, "40 rows in the table");
        assertFalse(first.body().contains("id=\"previous-page\""), "no previous page before the first");
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("href=\"([^\"]+)\" rel=\"next\" id=\"next-page\"").matcher(first.body());
        assertTrue(next.find(), first.body());
        String nextUrl = next.group(1).replace("&#x3D;", "=").replace("&amp;", "&");
        assertTrue(nextUrl.contains("page_size=40") && nextUrl.contains("cursor="), nextUrl);
        HttpResponse<String> second = get(nextUrl, "text/html");
        assertTrue(second.body().contains("rows 41–80</span> of"), second.body());
        java.util.regex.Matcher prev = java.util.regex.Pattern.compile("href=\"([^\"]+)\" rel=\"prev\" id=\"previous-page\"").matcher(second.body());
        assertTrue(prev.find(), second.body());
        assertEquals("/queries/name-variants?page_size=40", prev.group(1).replace("&#x3D;", "=").replace("&amp;", "&"), "the previous page of the second is the first");
        // downloads: the whole answer, and the page shown, clearly apart
        assertTrue(second.body().contains("download the whole answer as <a href=\"/queries/name-variants?format&#x3D;csv\""), second.body());
        java.util.regex.Matcher pageCsv = java.util.regex.Pattern.compile("id=\"download-page-csv\"").matcher(second.body());
        assertTrue(pageCsv.find());
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("this page as <a href=\"([^\"]+)\"").matcher(second.body());
        assertTrue(href.find(), second.body());
        HttpResponse<String> csv = get(href.group(1).replace("&#x3D;", "=").replace("&amp;", "&"), null);
        assertEquals(41, csv.body().lines().count(), "the page's CSV: a header and its 40 rows");
    }

    @Test
    void theFormShowsABadCursorAsAnError() throws Exception {
        HttpResponse<String> r = get("/queries/source-catalogue?cursor=nonsense", "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("<p class=\"error\" role=\"alert\">cursor: &#39;nonsense&#39; is not a cursor")
                || r.body().contains("<p class=\"error\" role=\"alert\">cursor: &apos;nonsense&apos; is not a cursor")
                || r.body().contains("<p class=\"error\" role=\"alert\">cursor: &#x27;nonsense&#x27; is not a cursor"), r.body());
        assertFalse(r.body().contains("id=\"answer\""), "no answer under an error");
    }
}
