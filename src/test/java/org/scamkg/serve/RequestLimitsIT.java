package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server's bounds, on a server started with small ones (1 s per query, 5 rows, 4 KiB
 * uploads): runaway queries end with a clear error and the next request is answered; results
 * are cut and say so; oversized bodies get 413, whether their length is declared or not.
 */
class RequestLimitsIT {
    @TempDir static Path dir;
    static TestServer kg;

    @BeforeAll
    static void start() throws Exception {
        kg = TestServer.start(dir, o -> new ServerOptions(o.host(), o.port(), o.storeDir(), o.configDir(), o.queriesDir(), o.passwdFile(), 1, 5, 4096));
    }

    @AfterAll
    static void stop() { kg.close(); }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
            "SELECT (COUNT(*) AS ?n) { ?a (!<urn:x:none>)* ?b . ?c (!<urn:x:none>)* ?d }",
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) != STR(?f) && STR(?f) != STR(?i)) }"})
    void runawayQueryEndsAtTheTimeLimitAndTheNextIsAnswered(String runaway) throws Exception {
        HttpResponse<String> r = kg.query(runaway);
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out") || r.body().toLowerCase().contains("timeout"), r.body());
        HttpResponse<String> next = kg.query("ASK { ?s ?p ?o }");
        assertEquals(200, next.statusCode());
        assertTrue(next.body().contains("true"));
    }

    /**
     * Catastrophic regular expressions (issue 17 item 6): Java's matcher cannot be interrupted, so
     * these once ran for minutes past the limit and some answered 200. Now REGEX and REPLACE read
     * their text through a check of the query's deadline: 503 at the limit, and the next query is
     * answered. (Without the bound none of these ends within the client's two-minute time limit.)
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { BIND(\"%s\" AS ?x) FILTER REGEX(?x, \"^((a+)\\\\2?)+$\") }",
            "SELECT (REPLACE(\"%s\", \"(.*a){14}!x\", \"x\") AS ?y) {}",
            "ASK { ?s ?p ?o FILTER(REGEX(CONCAT(\"%s\", STR(?o)), \"^((a+)\\\\2?)+$\", \"i\")) }",
            "SELECT ?s { ?s ?p ?o } ORDER BY (REGEX(\"%s\", \"(.*a){14}!x\"))"})
    void aCatastrophicRegexEndsAtTheTimeLimit(String shape) throws Exception {
        HttpResponse<String> r = kg.query(shape.formatted("a".repeat(40) + "!"));
        assertEquals(503, r.statusCode(), r.body());
        HttpResponse<String> next = kg.query("ASK { ?s ?p ?o }");
        assertEquals(200, next.statusCode());
    }

    /**
     * Updates (credentials needed) have the queries' time limit and their bounded REGEX: a runaway
     * WHERE clause or a catastrophic pattern in an update stops at the limit with 503, nothing of
     * it is written, and the server answers the next request. (Fuseki ran updates without a limit
     * and with Jena's own REGEX: none of these ended within the client's two minutes.)
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT { GRAPH <urn:test:slow> { ?a <urn:test:p> ?c } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(CONCAT(STR(?c), STR(?f), STR(?i)) = \"%s\") }",
            "INSERT { GRAPH <urn:test:slow> { <urn:test:a> <urn:test:p> ?x } } WHERE { BIND(\"%s\" AS ?x) FILTER REGEX(?x, \"^((a+)\\\\2?)+$\") }",
            "DELETE { GRAPH ?g { ?s ?p ?o } } INSERT { GRAPH <urn:test:slow> { ?s ?p ?y } } WHERE { GRAPH ?g { ?s ?p ?o } BIND(REPLACE(\"%s\", \"(.*a){14}!x\", \"x\") AS ?y) }"})
    void aRunawayUpdateEndsAtTheTimeLimitAndChangesNothing(String shape) throws Exception {
        long before = quads();
        HttpResponse<String> r = kg.send(kg.request("/kg/update", TestServer.CURATOR).header("Content-Type", "application/sparql-update")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(shape.formatted("a".repeat(40) + "!"))));
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("time limit"), r.body());
        assertEquals(before, quads(), "the update was rolled back");
        assertTrue(kg.query("ASK { GRAPH <urn:test:slow> { ?s ?p ?o } }").body().contains("false"));
        HttpResponse<String> quick = kg.send(kg.request("/kg/update", TestServer.CURATOR).header("Content-Type", "application/sparql-update")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:test:quick> { <urn:test:a> <urn:test:p> 1 } }")));
        assertEquals(2, quick.statusCode() / 100, quick.body());
        kg.send(kg.request("/kg/update", TestServer.CURATOR).header("Content-Type", "application/sparql-update")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <urn:test:quick>")));
    }

    /** An update's REGEX means what SPARQL's does: the bounded version matches the same. */
    @Test
    void anUpdatesRegexKeepsItsMeaning() throws Exception {
        HttpResponse<String> r = kg.send(kg.request("/kg/update", TestServer.CURATOR).header("Content-Type", "application/sparql-update")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("INSERT { GRAPH <urn:test:regex> { <urn:test:a> <urn:test:p> ?r } } "
                        + "WHERE { BIND(\"Sar Sokha\" AS ?x) FILTER REGEX(?x, \"sokha\", \"i\") BIND(REPLACE(?x, \"(\\\\w+) (\\\\w+)\", \"$2, $1\") AS ?r) }")));
        assertEquals(2, r.statusCode() / 100, r.body());
        assertTrue(kg.query("ASK { GRAPH <urn:test:regex> { <urn:test:a> <urn:test:p> \"Sokha, Sar\" } }").body().contains("true"));
        kg.send(kg.request("/kg/update", TestServer.CURATOR).header("Content-Type", "application/sparql-update")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("DROP SILENT GRAPH <urn:test:regex>")));
    }

    private static long quads() throws Exception {
        String body = kg.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"value\"\\s*:\\s*\"(\\d+)\"").matcher(body);
        assertTrue(m.find(), body);
        return Long.parseLong(m.group(1));
    }

    /** The bounded REGEX and REPLACE give the answers SPARQL's do: flags, groups, language tags. */
    @Test
    void boundedRegexAndReplaceKeepTheirMeaning() throws Exception {
        HttpResponse<String> r = kg.query("SELECT ?m ?n ?r ?l ?q { BIND(REGEX(\"Sar Sokha\", \"sokha\", \"i\") AS ?m) BIND(REGEX(\"Sar Sokha\", \"sokha\") AS ?n) "
                + "BIND(REPLACE(\"Sar Sokha\", \"(\\\\w+) (\\\\w+)\", \"$2, $1\") AS ?r) BIND(LANG(REPLACE(\"Phnom Penh\"@en, \"Penh\", \"Pénh\")) AS ?l) "
                + "BIND(REGEX(\"a.b\", \".\", \"q\") AS ?q) }");
        assertEquals(200, r.statusCode(), r.body());
        String b = r.body().replaceAll("\\s+", "");
        assertTrue(b.contains("\"m\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\",\"value\":\"true\"}"), b);
        assertTrue(b.contains("\"n\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\",\"value\":\"false\"}"), b);
        assertTrue(b.contains("\"value\":\"Sokha,Sar\""), b);
        assertTrue(b.contains("\"l\":{\"type\":\"literal\",\"value\":\"en\"}"), b);
        assertTrue(b.contains("\"q\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\",\"value\":\"true\"}"), b);
    }

    @Test
    void resultsAreCutAtTheRowLimitAndSaySo() throws Exception {
        HttpResponse<String> all = kg.query("SELECT ?s ?p ?o { ?s ?p ?o }");
        assertEquals(200, all.statusCode());
        assertEquals(5, all.body().split("\"s\":").length - 1, all.body());
        assertEquals("5", all.headers().firstValue(GuardedQuery.ROW_LIMIT_HEADER).orElse(""));

        HttpResponse<String> small = kg.query("SELECT ?s { ?s ?p ?o } LIMIT 3");
        assertEquals(3, small.body().split("\"s\":").length - 1);
        assertFalse(small.headers().firstValue(GuardedQuery.ROW_LIMIT_HEADER).isPresent());

        HttpResponse<String> large = kg.query("SELECT ?s { ?s ?p ?o } LIMIT 1000");
        assertEquals(5, large.body().split("\"s\":").length - 1);
        assertTrue(large.headers().firstValue(GuardedQuery.ROW_LIMIT_HEADER).isPresent());

        HttpResponse<String> construct = kg.send(kg.request("/kg/sparql?query=" + TestServer.encode("CONSTRUCT WHERE { ?s ?p ?o }"), null)
                .header("Accept", "application/n-triples"));
        assertTrue(construct.body().lines().count() <= 5, construct.body());
    }

    /**
     * Issue 17 item 15: chunked bodies (no declared length) over the limit got 400 or 500, and a
     * chunked form of 16 MiB ran on a 1 MiB endpoint (the container parses forms past the size
     * filter). Now a chunked query over the limit gets 413, and a chunked form 411.
     */
    @Test
    void chunkedBodiesOverTheLimitGet413AndChunkedFormsGet411() throws Exception {
        String query = "ASK {}" + " ".repeat((int) RequestSizeLimit.QUERY_BYTES);
        assertEquals("HTTP/1.1 413", statusOfChunked("/kg/sparql", "application/sparql-query", query).substring(0, 12));
        String form = "query=" + TestServer.encode("ASK {}") + "&x=" + "a".repeat((int) RequestSizeLimit.QUERY_BYTES);
        assertEquals("HTTP/1.1 411", statusOfChunked("/kg/sparql", "application/x-www-form-urlencoded", form).substring(0, 12));
        String update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }" + " ".repeat(GuardedUpdate.MAX_UPDATE_BYTES);
        assertEquals("HTTP/1.1 413", statusOfChunked("/kg/update", "application/sparql-update", update).substring(0, 12));
        assertTrue(statusOfChunked("/kg/sparql", "application/sparql-query", "ASK {}").startsWith("HTTP/1.1 200"), "a small chunked query runs");
        assertEquals(200, kg.query("ASK {}").statusCode());
    }

    /** Sends a whole body in 64 KiB chunks over a raw socket, then reads the status line. */
    private static String statusOfChunked(String path, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", kg.server.port())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = new java.io.BufferedOutputStream(socket.getOutputStream());
            String auth = java.util.Base64.getEncoder().encodeToString(TestServer.CURATOR.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked\r\n"
                    + "Authorization: Basic " + auth + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < bytes.length; i += 65536) {
                    int n = Math.min(65536, bytes.length - i);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(bytes, i, n);
                    out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedEarly) {
                // the server answered before the body ended: its status line is still to be read
            }
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void aQueryBodyOverOneMebibyteGets413BeforeItIsSent() throws Exception {
        String status = kg.statusLineForDeclaredBody("POST", "/kg/sparql", "application/sparql-query", RequestSizeLimit.QUERY_BYTES + 1, null);
        assertTrue(status.startsWith("HTTP/1.1 413"), status);
        assertEquals(200, kg.query("ASK {}").statusCode());
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedAndStoresNothing() throws Exception {
        StringBuilder nt = new StringBuilder();
        for (int i = 0; nt.length() < 64 * 1024; i++) nt.append("<urn:test:s").append(i).append("> <urn:test:p> \"").append(i).append("\" .\n");
        byte[] body = nt.toString().getBytes();
        // ofInputStream has no declared length: the body is sent chunked. The server either
        // answers with an error or closes the connection once the limit is passed.
        try {
            HttpResponse<String> r = kg.send(kg.request("/kg/data?graph=" + TestServer.encode("urn:test:big"), TestServer.CURATOR)
                    .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            assertNotEquals(200, r.statusCode());
            assertNotEquals(201, r.statusCode());
        } catch (IOException closed) {
            // refused by closing the connection
        }
        assertTrue(kg.query("ASK { GRAPH <urn:test:big> { ?s ?p ?o } }").body().contains("false"));

        String declared = kg.statusLineForDeclaredBody("PUT", "/kg/data?graph=" + TestServer.encode("urn:test:big"), "application/n-triples", 64 * 1024, TestServer.CURATOR);
        assertTrue(declared.startsWith("HTTP/1.1 413"), declared);

        HttpResponse<String> small = kg.upload("urn:test:small", "application/n-triples", "<urn:test:a> <urn:test:b> \"c\" .\n", TestServer.CURATOR);
        assertTrue(small.statusCode() == 200 || small.statusCode() == 201, small.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "(", "*", "name:(", "\\", "?*", "} ; DROP ALL", "<script>alert(1)</script>", "AND OR NOT", "~~~", "[a TO"})
    void hostileSearchTermsAreAnsweredOrRefusedCleanly(String q) throws Exception {
        for (String accept : List.of("application/json", "text/html")) {
            HttpResponse<String> r = kg.send(kg.request("/search?q=" + TestServer.encode(q), null).header("Accept", accept));
            assertTrue(r.statusCode() == 200 || r.statusCode() == 400, q + " -> " + r.statusCode() + " " + r.body());
            if (accept.equals("text/html")) assertFalse(r.body().contains("<script>alert"), r.body());
            else assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
            assertFalse(r.body().contains("\tat org."), "no stack trace: " + r.body());
        }
        assertEquals(200, kg.query("ASK {}").statusCode());
    }
}
