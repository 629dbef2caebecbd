package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Probes a browser-borne attacker would send: reflected script, framing, sniffing. Each test is
 * one probe of the outside attack of issue 17, kept as a regression.
 */
class WebAttacksIT {
    @TempDir static Path dir;
    static TestServer kg;

    @BeforeAll
    static void start() throws Exception {
        kg = TestServer.start(dir, o -> o);
    }

    @AfterAll
    static void stop() { kg.close(); }

    /** Fuseki's validators echoed their input as HTML: they are not mounted (the editor never calls them). */
    @ParameterizedTest
    @ValueSource(strings = {"/$/validate/langtag?langtag=", "/$/validate/iri?iri=", "/$/validate/query?query=", "/$/validate/update?update=", "/$/validate/data?data="})
    void validatorsDoNotReflectScript(String path) throws Exception {
        String payload = "<img src=x onerror=alert(1)><svg onload=alert(2)>";
        HttpResponse<String> r = kg.get(path + TestServer.encode(payload));
        assertEquals(404, r.statusCode(), r.body());
        assertFalse(r.body().contains("<img src=x") || r.body().contains("<svg onload"), r.body());
    }

    /** Every kind of reply, pages, data, errors, 401 and 404 alike, carries the browser defences. */
    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<HttpRequest.Builder> probes = new ArrayList<>(List.of(
                kg.request("/", null), kg.request("/index.html", null), kg.request("/static/nothing-here.js", null),
                kg.request("/kg/sparql?query=" + TestServer.encode("ASK {}"), null),
                kg.request("/kg/sparql?query=" + TestServer.encode("SELECT nonsense"), null),
                kg.request("/id/person/sar-sokha", null).header("Accept", "text/html"),
                kg.request("/id/person/nobody-at-all", null),
                kg.request("/search?q=sokha", null).header("Accept", "text/html"),
                kg.request("/queries/", null), kg.request("/void", null), kg.request("/no/such/path", null),
                kg.request("/$/server", null), kg.request("/$/ping", null),
                kg.request("/kg/data?default", null).PUT(HttpRequest.BodyPublishers.ofString("")),
                kg.request("/kg/update", "curator:wrong").POST(HttpRequest.BodyPublishers.ofString("x"))));
        for (HttpRequest.Builder b : probes) {
            HttpResponse<String> r = kg.send(b);
            String what = r.request().method() + " " + r.uri() + " -> " + r.statusCode();
            assertEquals(SecurityHeaders.CSP, r.headers().firstValue("Content-Security-Policy").orElse(""), what);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), what);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), what);
            assertTrue(SecurityHeaders.CSP.contains("frame-ancestors 'none'"));
        }
    }

    /**
     * Cross-site request forgery (issue 17 item 7): a hostile page makes a browser that holds a
     * curator's credentials post a form or plain text to a write endpoint. Refused, nothing written.
     */
    @Test
    void writesFromAnotherSiteAreRefused() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:test:csrf> { <urn:test:a> <urn:test:b> \"forged\" } }";
        String form = "update=" + TestServer.encode(insert);
        List<HttpRequest.Builder> forged = List.of(
                write("/kg/update", "application/x-www-form-urlencoded", form).header("Origin", "http://evil.example"),
                write("/kg/update", "application/x-www-form-urlencoded", form).header("Origin", "null"),
                write("/kg/update", "application/x-www-form-urlencoded", form).header("Origin", "http://127.0.0.1:1"),
                write("/kg/update", "application/x-www-form-urlencoded", form).header("Referer", "http://evil.example/page.html"),
                write("/kg/update", "text/plain", form).header("Origin", "http://evil.example"),
                write("/kg/update", "application/sparql-update", insert).header("Origin", "https://127.0.0.1.evil.example"),
                kg.request("/kg/data?graph=urn:test:csrf", TestServer.CURATOR).header("Content-Type", "text/turtle").header("Origin", "http://evil.example")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> \"forged\" .")));
        for (HttpRequest.Builder b : forged) {
            HttpResponse<String> r = kg.send(b);
            assertEquals(403, r.statusCode(), r.request().headers() + " " + r.body());
        }
        assertTrue(kg.query("ASK { GRAPH <urn:test:csrf> { ?s ?p ?o } }").body().contains("false"));
    }

    /** Content types only a hostile page would use for a write: 415, even without an Origin. */
    @Test
    void writesInContentTypesNoClientSendsAreRefused() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:test:csrf-type> { <urn:test:a> <urn:test:b> \"forged\" } }";
        List<HttpRequest.Builder> odd = List.of(
                write("/kg/update", "text/plain", "update=" + TestServer.encode(insert)),
                write("/kg/update", "text/plain", insert),
                write("/kg/update", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"update\"\r\n\r\n" + insert + "\r\n--x--\r\n"),
                write("/kg/data?graph=urn:test:csrf-type", "text/plain", "<urn:test:a> <urn:test:b> \"forged\" ."),
                write("/kg/data?graph=urn:test:csrf-type", "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"d.nt\"\r\n\r\n<urn:test:a> <urn:test:b> \"forged\" .\r\n--x--\r\n"));
        for (HttpRequest.Builder b : odd) {
            HttpResponse<String> r = kg.send(b);
            assertEquals(415, r.statusCode(), r.request().headers() + " " + r.body());
        }
        assertTrue(kg.query("ASK { GRAPH <urn:test:csrf-type> { ?s ?p ?o } }").body().contains("false"));
    }

    /** Clients that send no Origin (curl, RDF4J, Jena) and pages of this server itself still write. */
    @Test
    void writesFromThisSiteOrFromNonBrowserClientsWork() throws Exception {
        String self = kg.base;
        HttpResponse<String> noOrigin = kg.send(write("/kg/update", "application/sparql-update", "INSERT DATA { GRAPH <urn:test:ok> { <urn:test:a> <urn:test:b> 1 } }"));
        assertEquals(2, noOrigin.statusCode() / 100, noOrigin.statusCode() + " " + noOrigin.body());
        HttpResponse<String> sameOrigin = kg.send(write("/kg/update", "application/x-www-form-urlencoded",
                "update=" + TestServer.encode("INSERT DATA { GRAPH <urn:test:ok> { <urn:test:a> <urn:test:b> 2 } }")).header("Origin", self));
        assertEquals(2, sameOrigin.statusCode() / 100, sameOrigin.statusCode() + " " + sameOrigin.body());
        HttpResponse<String> upload = kg.send(kg.request("/kg/data?graph=urn:test:ok2", TestServer.CURATOR).header("Content-Type", "text/turtle; charset=utf-8")
                .header("Referer", self + "/#/dataset/kg/upload").PUT(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> 3 .")));
        assertTrue(upload.statusCode() == 200 || upload.statusCode() == 201, upload.statusCode() + " " + upload.body());
        assertTrue(kg.query("ASK { GRAPH <urn:test:ok> { ?s ?p 2 } GRAPH <urn:test:ok2> { ?s ?p 3 } }").body().contains("true"));
    }

    private static HttpRequest.Builder write(String path, String type, String body) {
        return kg.request(path, TestServer.CURATOR).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * The policy must not break the query editor: a headless Chromium loads the editor's query view
     * under the policy and must render it (its scripts ran) and report no policy violation other
     * than the blocked call to prefix.cc.
     * Skipped where Chromium is not installed ({@code .ci/run} installs it).
     */
    @Test
    void theEditorStillRunsUnderThePolicy() throws Exception {
        Path chromium = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")).stream().filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "chromium not installed");
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--enable-logging=stderr", "--v=0", "--virtual-time-budget=15000",
                "--dump-dom", kg.base + "/#/dataset/kg/query")
                .redirectError(log.toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "chromium ended");
        // The editor looks prefixes up on prefix.cc; the policy blocks that on purpose (connect-src
        // 'self': the page talks to this server only). Any other violation breaks the editor.
        List<String> violations = Files.readAllLines(log).stream().filter(l -> l.contains("Content Security Policy"))
                .filter(l -> !l.contains("connect-src") && !l.contains("Refused to connect")).toList();
        assertEquals(List.of(), violations);
        assertTrue(dom.contains("yasqe") || dom.contains("CodeMirror"), "the query editor rendered: " + dom);
    }
}
