package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Error replies, as a browser and as a client see them. Every 404 and every other error Jetty or
 * Fuseki makes is the site's own page for a browser, a line of text (or JSON when asked for) for
 * a client, with the security headers (issue 14). And no error reply, to any malformed request
 * this suite can think of, names a Java class or shows a stack frame (issue 17, item 16): the
 * probes below are sent over a raw socket, byte for byte, so nothing is tidied on the way.
 */
class ErrorRepliesIT {
    /** A Java class name (the platform's, a library's or ours) or an exception's name, or a stack frame. */
    static final Pattern JAVA = Pattern.compile("\\b(?:java|javax|jakarta|sun|org\\.apache|org\\.eclipse|org\\.slf4j|com\\.fasterxml|org\\.scamkg)\\.[a-z]\\w*\\.\\w"
            + "|\\b[A-Z]\\w*(?:Exception|Error)\\b|\\bat [\\w$]+(?:\\.[\\w$<>]+)+\\(|Caused by:|(?i:\\bjetty\\b|HTTP ERROR)");
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String UPDATE = "/kg/update";

    @TempDir static Path dir;
    static TestServer kg;

    @BeforeAll
    static void start() throws Exception {
        kg = TestServer.start(dir, o -> o);
    }

    @AfterAll
    static void stop() { kg.close(); }

    record Reply(int status, String head, String body) {
        String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\s*$").matcher(head);
            return m.find() ? m.group(1) : "";
        }
    }

    /** Sends exactly these bytes and reads the reply to the end (the request asks to close). */
    static Reply raw(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", kg.server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0; ) got.write(buf, 0, n);
            } catch (SocketException | SocketTimeoutException e) {
                // a server that refuses a request may reset the connection after its reply
            }
            String text = got.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            Matcher st = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(head);
            return new Reply(st.find() ? Integer.parseInt(st.group(1)) : -1, head, body);
        }
    }

    static Reply send(String method, String target, String accept, String contentType, byte[] body, boolean auth, String... extra) throws IOException {
        StringBuilder h = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + kg.server.port() + "\r\nConnection: close\r\n");
        if (accept != null) h.append("Accept: ").append(accept).append("\r\n");
        if (contentType != null) h.append("Content-Type: ").append(contentType).append("\r\n");
        if (auth) h.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(TestServer.CURATOR.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        for (String x : extra) h.append(x).append("\r\n");
        if (body != null) h.append("Content-Length: ").append(body.length).append("\r\n");
        h.append("\r\n");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(h.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) all.writeBytes(body);
        return raw(all.toByteArray());
    }

    static Reply get(String target, String accept) throws IOException { return send("GET", target, accept, null, null, false); }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static void assertSecurityHeaders(Reply r, String what) {
        assertEquals(SecurityHeaders.CSP, r.header("Content-Security-Policy"), what);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
    }

    static final List<String> NOT_FOUND = List.of("/foo", "/static/nothing", "/kg/nothing", "/assets/nothing.css", "/id/nobody/here",
            "/no/such/path.html", "/queries/no-such-question", "/$/nothing", "/editor/nothing.js", "/downloads/nothing.ttl");

    @Test
    void aBrowserGetsTheSitesNotFoundPageEverywhere() throws Exception {
        for (String path : NOT_FOUND) {
            Reply r = get(path, BROWSER);
            assertEquals(404, r.status(), path + "\n" + r.head());
            assertTrue(r.header("Content-Type").startsWith("text/html"), path + " " + r.header("Content-Type"));
            assertTrue(r.body().contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">") && r.body().contains("<header class=\"site\">")
                    && r.body().contains("Not found"), path + ": the site's page\n" + r.body());
            assertFalse(JAVA.matcher(r.body()).find(), path + ": " + r.body());
            assertSecurityHeaders(r, path);
        }
    }

    @Test
    void aClientGetsTextOrTheJsonItAskedFor() throws Exception {
        for (String path : NOT_FOUND) {
            // the query API answers in its own formats (JSON unless CSV or TSV is asked for)
            boolean api = path.startsWith("/queries/");
            Reply plain = get(path, null);
            assertEquals(404, plain.status(), path);
            assertTrue(plain.header("Content-Type").startsWith(api ? "application/json" : "text/plain"), path + " " + plain.header("Content-Type"));
            assertTrue(api || plain.body().startsWith("Error 404"), path + " " + plain.body());
            assertFalse(plain.body().contains("<"), path + " " + plain.body());
            assertSecurityHeaders(plain, path);
            Reply turtle = get(path, "text/turtle");
            assertEquals(404, turtle.status(), path);
            assertTrue(turtle.header("Content-Type").startsWith(api ? "application/json" : "text/plain"), path + " " + turtle.header("Content-Type"));
            Reply json = get(path, "application/json");
            assertEquals(404, json.status(), path);
            assertTrue(json.header("Content-Type").startsWith("application/json"), path + " " + json.header("Content-Type"));
            JsonNode j = new ObjectMapper().readTree(json.body());
            assertEquals(404, j.path("status").asInt(), path + " " + json.body());
            assertFalse(j.path("error").asText().isEmpty(), path + " " + json.body());
        }
    }

    @Test
    void otherErrorsAreTheSitesErrorPageForABrowser() throws Exception {
        Reply bad = get("/kg/sparql?query=" + TestServer.encode("SELECT nonsense"), BROWSER);
        assertEquals(400, bad.status());
        assertTrue(bad.header("Content-Type").startsWith("text/html"), bad.head());
        assertTrue(bad.body().contains("<header class=\"site\">") && bad.body().contains("Error 400"), bad.body());
        assertTrue(bad.body().contains("Encountered"), "the parser's message is kept: " + bad.body());
        assertSecurityHeaders(bad, "bad query");
        Reply method = send("DELETE", "/kg/sparql", BROWSER, null, null, false);
        assertTrue(method.status() == 405 || method.status() == 400, method.head());
        assertTrue(method.body().isEmpty() || method.body().contains("<header class=\"site\">"), method.body());
        Reply client = get("/kg/sparql?query=" + TestServer.encode("SELECT nonsense"), "application/sparql-results+json");
        assertEquals(400, client.status());
        assertTrue(client.header("Content-Type").startsWith("text/plain") && client.body().startsWith("Error 400"), client.head() + client.body());
    }

    /** Malformed requests of every kind, to every endpoint: none may name a Java class or show a stack frame. */
    static List<Probe> probes() {
        List<Probe> p = new ArrayList<>();
        String[] accepts = {null, BROWSER, "application/json", "application/sparql-results+json", "text/turtle"};
        List<String> gets = new ArrayList<>(List.of(
                "/kg/sparql?query=" + TestServer.encode("SELECT nonsense"), "/kg/sparql?query=", "/kg/sparql", "/kg/sparql?query=%FF",
                "/kg/sparql?query=%", "/kg/sparql?query=%zz", "/kg/sparql?query=" + TestServer.encode("SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"(\")) }"),
                "/kg/sparql?query=" + TestServer.encode("SELECT * { ?s ?p ?o FILTER(REGEX(?o, \"a\", \"z\")) }"),
                "/kg/sparql?query=" + TestServer.encode("SELECT ?x { BIND(<urn:no:function>(1) AS ?x) }"),
                "/kg/sparql?query=" + TestServer.encode("SELECT * { ?s ?p ?o }") + "&timeout=abc",
                "/kg/sparql?query=" + TestServer.encode("SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }"),
                "/kg/sparql?query=" + TestServer.encode("SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"),
                "/kg/sparql?query=" + TestServer.encode("SELECT * { ?s ?p ?o }") + "&default-graph-uri=%FF",
                "/kg/sparql?query=" + TestServer.encode("SELECT * { ?s ?p ?o }") + "&named-graph-uri=" + TestServer.encode("not an iri"),
                "/kg/sparql?query=" + TestServer.encode("SELECT (1/0 AS ?x) (STRDT(\"x\", <urn:x>) AS ?y) {}"),
                "/kg/sparql?query=" + TestServer.encode("ASK {}") + "&callback=x",
                "/kg/sparql?update=" + TestServer.encode("CLEAR ALL"),
                "/kg/query?query=" + TestServer.encode("CONSTRUCT WHERE { ?s ?p }"),
                "/kg/get?graph=urn:no:graph", "/kg/get?graph=%FF", "/kg/get?graph=" + TestServer.encode("not an iri <>"), "/kg/get?default&graph=urn:x",
                "/kg/get?nonsense", "/kg/data", "/kg/upload", "/kg/update", "/kg/update?update=" + TestServer.encode("CLEAR ALL"),
                "/queries/no-such", "/queries/post-holder-on-date?date=June&format=json", "/queries/post-holder-on-date?date=%FF",
                "/queries/entity-profile?entity=%FF", "/queries/entity-profile?entity=" + TestServer.encode("person/nobody") + "&format=xml",
                "/queries/entity-profile?entity=person/sar-sokha&as_of=yesterday", "/queries/entity-profile?as_of=%FF",
                "/search?q=%FF", "/search?q=%22", "/search?q=*", "/search?q=AND", "/search?q=a:b", "/search?q=" + "x".repeat(5000),
                "/search?q=" + TestServer.encode("name~~~^^^(((") + "&format=json",
                "/network.json?entity=%FF", "/network?entity=" + TestServer.encode("<script>"), "/links.json?from=x&to=y", "/links?from=%FF&to=",
                "/id/%FF", "/id/person/%00", "/id/person/sar-sokha.xyz", "/ontology.xyz", "/dataset.ttl?x=%FF", "/graph/%FF.ttl",
                "/static/%FF", "/static/..%2F..%2Fetc%2Fpasswd", "/assets/../site.css", "/assets/%2e%2e/site.css", "/assets/lib/%FF",
                "/void?x=%FF", "/$/server?x=%FF", "/$/ping?%FF", "/$/stats/kg", "/$/metrics", "/$/datasets", "/$/backup/kg",
                "/%FF", "/%", "/%zz", "/a%00b", "/a%2fb", "/editor/%FF", "/%2e%2e/%2e%2e/etc/passwd", "/;jsessionid=x", "/a;b=c/..;/x",
                "/downloads/scamkg.%FF", "/index.html%00"));
        for (String g : gets) for (String a : accepts) p.add(new Probe("GET", g, a, null, null, false));
        String form = "application/x-www-form-urlencoded";
        p.addAll(List.of(
                new Probe("POST", "/kg/sparql", null, "application/sparql-query", utf8("nonsense"), false),
                new Probe("POST", "/kg/sparql", BROWSER, form, utf8("query=%FF"), false),
                new Probe("POST", "/kg/sparql", null, form, utf8("query=%"), false),
                new Probe("POST", "/kg/sparql", null, "text/plain", utf8("SELECT * {}"), false),
                new Probe("POST", "/kg/sparql", null, "application/x-nonsense", utf8("SELECT * {}"), false),
                new Probe("POST", "/kg/sparql", null, "application/sparql-query; charset=bogus-charset", utf8("SELECT * {}"), false),
                new Probe("POST", "/kg/sparql", null, "application/sparql-query", new byte[] {'S', 'E', 'L', (byte) 0xFF, (byte) 0xFE, ' ', '*'}, false),
                new Probe("POST", "/kg/sparql", null, "application/sparql-update", utf8("CLEAR ALL"), false),
                new Probe("POST", "/kg/sparql", null, "multipart/form-data; boundary=x", utf8("--x\r\nbroken"), false),
                new Probe("POST", "/kg/sparql", null, null, utf8("query=x"), false),
                new Probe("POST", "/kg/query", null, "application/json", utf8("{\"query\":1}"), false),
                new Probe("POST", UPDATE, null, form, utf8("update=CLEAR%20ALL"), false),
                new Probe("POST", UPDATE, null, form, utf8("update=" + TestServer.encode("INSERT nonsense")), true),
                new Probe("POST", UPDATE, BROWSER, "application/sparql-update", utf8("INSERT DATA { <a> <b> 'c' }"), true),
                new Probe("POST", UPDATE, null, "application/sparql-update", utf8("LOAD <file:///etc/passwd>"), true),
                new Probe("POST", UPDATE, null, "application/sparql-update", utf8("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"), true),
                new Probe("POST", UPDATE, null, "application/sparql-update", utf8("DELETE WHERE { ?s ?p ?o FILTER(REGEX(?o, \"(\")) }"), true),
                new Probe("POST", UPDATE, null, "application/sparql-update; charset=bogus", utf8("CLEAR GRAPH <urn:none>"), true),
                new Probe("POST", UPDATE, null, "application/sparql-update", new byte[] {'C', 'L', (byte) 0xC3, (byte) 0x28}, true),
                new Probe("POST", UPDATE, null, "application/sparql-update", utf8("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> } }"), true),
                new Probe("POST", UPDATE, null, "text/plain", utf8("CLEAR ALL"), true),
                new Probe("PUT", UPDATE, null, "application/sparql-update", utf8("CLEAR ALL"), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "text/turtle", utf8("<a> <b> ."), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", BROWSER, "text/turtle", utf8("@prefix x: <urn:> . x:a x:b \"unterminated"), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "application/ld+json", utf8("{\"@context\": 5, \"@id\": []}"), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "application/ld+json", utf8("{not json"), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "application/rdf+xml", utf8("<rdf:RDF xmlns:rdf=\"x\"><unclosed>"), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "application/rdf+xml",
                        utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r>&e;</r>"), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "application/n-triples", new byte[] {'<', 'a', '>', (byte) 0xFF, '.'}, true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "application/n-quads", utf8("<urn:a> <urn:b> <urn:c> <urn:g> <urn:h> ."), true),
                new Probe("PUT", "/kg/data?graph=%FF", null, "text/turtle", utf8("<urn:a> <urn:b> <urn:c> ."), true),
                new Probe("PUT", "/kg/data?graph=" + TestServer.encode("not an iri"), null, "text/turtle", utf8("<urn:a> <urn:b> <urn:c> ."), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "application/x-unknown", utf8("x"), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "text/turtle; charset=bogus", utf8("<urn:a> <urn:b> <urn:c> ."), true),
                new Probe("PUT", "/kg/data?graph=urn:test:probe", null, "text/turtle", utf8("<urn:a> <urn:b> <urn:c> ."), false),
                new Probe("POST", "/kg/data?default&graph=urn:x", null, "text/turtle", utf8("<urn:a> <urn:b> <urn:c> ."), true),
                new Probe("DELETE", "/kg/data?graph=urn:no:such:graph", BROWSER, null, null, true),
                new Probe("PATCH", "/kg/data?graph=urn:test:probe", null, "application/rdf-patch", utf8("A <a> <b> <c> ."), true),
                new Probe("POST", "/queries/entity-profile", BROWSER, form, utf8("entity=%FF"), false),
                new Probe("POST", "/search", null, form, utf8("q=x"), false),
                new Probe("PUT", "/id/person/sar-sokha", null, "text/turtle", utf8("x"), false),
                new Probe("DELETE", "/", BROWSER, null, null, false),
                new Probe("TRACE", "/", null, null, null, false),
                new Probe("PROPFIND", "/kg/sparql", null, null, null, false),
                new Probe("PATCH", "/kg/sparql", BROWSER, "application/sparql-query", utf8("ASK {}"), false),
                new Probe("OPTIONS", "/kg/nothing", null, null, null, false),
                new Probe("BREW", "/", null, null, null, false),
                new Probe("GET", "/kg/sparql?query=" + "x".repeat(100_000), BROWSER, null, null, false),
                new Probe("GET", "/" + "a/".repeat(30_000), null, null, null, false),
                new Probe("GET", "/", null, null, null, false, "X-Big: " + "y".repeat(64_000)),
                new Probe("GET", "/", null, null, null, false, "Bad Header Name: x"),
                new Probe("GET", "/", null, null, null, false, "Content-Length: abc"),
                new Probe("POST", "/kg/sparql", null, form, null, false, "Content-Length: -5"),
                new Probe("POST", "/kg/sparql", null, form, null, false, "Transfer-Encoding: chunked", "Content-Length: 5"),
                new Probe("GET", "/kg/sparql?query=ASK%7B%7D", "application/sparql-results+json", null, null, false, "Authorization: Basic %%%"),
                new Probe("GET", "/kg/sparql?query=ASK%7B%7D", "application/x-unknown-format", null, null, false),
                new Probe("GET", "/kg/sparql?query=ASK%7B%7D", "*/*;q=abc", null, null, false),
                new Probe("GET", "/kg/sparql?query=ASK%7B%7D", null, null, null, false, "Accept-Charset: bogus"),
                new Probe("POST", UPDATE, null, "application/sparql-update", utf8("CLEAR ALL"), false, "Authorization: Basic Y3VyYXRvcjp3cm9uZw==")));
        return p;
    }

    record Probe(String method, String target, String accept, String contentType, byte[] body, boolean auth, String... extra) {
        Reply send() throws IOException { return ErrorRepliesIT.send(method, target, accept, contentType, body, auth, extra); }

        @Override public String toString() {
            String t = target.length() > 120 ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
            return method + " " + t + (accept == null ? "" : " [Accept " + accept.split(",")[0] + "]") + (contentType == null ? "" : " [" + contentType + "]")
                    + (extra.length == 0 ? "" : " " + (extra[0].length() > 40 ? extra[0].substring(0, 40) + "…" : extra[0]));
        }
    }

    /** Raw request lines no client library would send. */
    static final List<String> RAW = List.of("GARBAGE\r\n\r\n", "GET /%FF HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET / HTTP/9.9\r\nHost: x\r\n\r\n", "GET /\u0001 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET / HTTP/1.1\r\n\r\n",
            "GET /kg/sparql?query=%FF%FE HTTP/1.0\r\n\r\n", "GET http://evil.example/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "GET * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /kg/sparql?query=ASK{} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            "POST /kg/sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/sparql-query\r\nConnection: close\r\n\r\nZZ\r\nxx\r\n0\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n");

    @Test
    void noErrorReplyNamesAJavaClassOrShowsAStackTrace() throws Exception {
        List<String> failures = new ArrayList<>();
        int errors = 0;
        List<Probe> probes = probes();
        for (Probe p : probes) {
            Reply r = p.send();
            if (r.status() >= 400) errors++;
            check(p.toString(), r, failures);
        }
        for (String raw : RAW) {
            Reply r = raw(raw.getBytes(StandardCharsets.ISO_8859_1));
            if (r.status() >= 400) errors++;
            check(raw.split("\r\n")[0], r, failures);
        }
        assertEquals(List.of(), failures);
        // the probes do reach error paths: most of them are refused
        assertTrue(errors > (probes.size() + RAW.size()) / 2, errors + " of " + (probes.size() + RAW.size()) + " probes got an error");
        System.out.println("ErrorRepliesIT: " + (probes.size() + RAW.size()) + " malformed requests, " + errors + " error replies, none naming a Java class");
    }

    private static void check(String what, Reply r, List<String> failures) {
        Matcher m = JAVA.matcher(r.head() + "\n" + r.body());
        if (m.find()) {
            int from = Math.max(0, m.start() - 80);
            String all = r.head() + "\n" + r.body();
            failures.add(what + " -> " + r.status() + ": …" + all.substring(from, Math.min(all.length(), m.end() + 80)).replace("\r\n", " | ") + "…");
        } else if (r.status() >= 500 && !List.of(501, 503, 505).contains(r.status())) { // not implemented, busy, HTTP version: answers, not failures
            failures.add(what + " -> " + r.status() + " (a server error): " + r.body().lines().findFirst().orElse(""));
        } else if (r.status() >= 400 && !r.head().toLowerCase(Locale.ROOT).contains("x-content-type-options: nosniff")) {
            failures.add(what + " -> " + r.status() + " without the security headers");
        }
    }
}
