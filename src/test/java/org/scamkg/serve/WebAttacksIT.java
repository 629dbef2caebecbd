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
import org.scamkg.serve.pages.Editor;
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

    /**
     * Issue 17 item 16: /static/ listed its files, and a missing file there was a 500 naming a
     * Java exception. Now both are a plain 404; the editor's own files are served.
     */
    @Test
    void staticFilesAreNotListedAndMissingOnesArePlain404s() throws Exception {
        for (String path : List.of("/static/", "/static", "/static/nothing-here.js", "/static/index.html", "/static/sub/")) {
            HttpResponse<String> r = kg.get(path);
            assertEquals(404, r.statusCode(), path + " " + r.body());
            assertFalse(r.body().contains(".js") || r.body().contains("Exception") || r.body().contains("java.") || r.body().contains("org.eclipse"), path + " " + r.body());
        }
        HttpResponse<String> traversal = kg.get("/static/..%2Findex.html");
        assertTrue(traversal.statusCode() == 400 || traversal.statusCode() == 404, traversal.body());
        assertFalse(traversal.body().contains("Exception"), traversal.body());
        String index = kg.get("/editor/").body();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("(static/index-[A-Za-z0-9_-]+\\.js)").matcher(index);
        assertTrue(script.find(), index);
        HttpResponse<String> js = kg.get("/" + script.group(1));
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 1000);
    }

    /** Issue 17 item 18: a JSONP callback was echoed unchecked into the reply; JSONP is not offered. */
    @Test
    void jsonpIsRefused() throws Exception {
        for (String callback : List.of("alert(document.domain)//", "cb", "<script>")) {
            HttpResponse<String> r = kg.send(kg.request("/kg/sparql?query=" + TestServer.encode("ASK {}") + "&callback=" + TestServer.encode(callback), null)
                    .header("Accept", "application/sparql-results+json"));
            assertEquals(400, r.statusCode(), callback + " " + r.body());
            assertFalse(r.body().contains(callback + "("), r.body());
        }
        HttpResponse<String> form = kg.postForm("/kg/sparql", "query", "ASK {}", null);
        assertEquals(200, form.statusCode());
    }

    /**
     * Issue 17 item 17: /void advertised its SPARQL endpoint under the request's Host header, so a
     * forged host was published. Now it is the server's own address, or the configured public URL;
     * Host and X-Forwarded-* are never used.
     */
    @Test
    void voidAdvertisesTheServersOwnAddressNotAForgedHost() throws Exception {
        String own = kg.base + "/kg/sparql";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", kg.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET /void HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil2.example\r\nX-Forwarded-Proto: https\r\n"
                    + "Accept: application/n-triples\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(reply.startsWith("HTTP/1.1 200"), reply);
            assertTrue(reply.contains("<" + own + ">"), reply);
            assertFalse(reply.contains("evil"), reply);
        }
    }

    @Test
    void voidAdvertisesTheConfiguredPublicUrl(@TempDir Path other) throws Exception {
        try (TestServer proxied = TestServer.start(other, o -> new ServerOptions(o.host(), o.port(), o.storeDir(), o.configDir(), o.queriesDir(),
                o.passwdFile(), o.queryTimeoutSeconds(), o.maxRows(), o.maxUploadBytes(), java.util.Optional.of("https://kg.example.org/")))) {
            HttpResponse<String> r = proxied.send(proxied.request("/void", null).header("Accept", "application/n-triples"));
            assertTrue(r.body().contains("<https://kg.example.org/kg/sparql>"), r.body());
        }
    }

    /** Every kind of reply, pages, data, errors, 401 and 404 alike, carries the browser defences. */
    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<HttpRequest.Builder> probes = new ArrayList<>(List.of(
                kg.request("/", null), kg.request("/index.html", null), kg.request("/editor/", null), kg.request("/static/nothing-here.js", null),
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

    /**
     * Clients that send no Origin (curl, RDF4J, Jena) and pages of this server itself still write.
     * A write without Origin or Referer still needs the credentials: without them it is a 401.
     */
    @Test
    void writesFromThisSiteOrFromNonBrowserClientsWork() throws Exception {
        String self = kg.base;
        HttpResponse<String> noOrigin = kg.send(write("/kg/update", "application/sparql-update", "INSERT DATA { GRAPH <urn:test:ok> { <urn:test:a> <urn:test:b> 1 } }"));
        assertEquals(2, noOrigin.statusCode() / 100, noOrigin.statusCode() + " " + noOrigin.body());
        HttpResponse<String> anonymous = kg.send(kg.request("/kg/update", null).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:test:anon> { <urn:test:a> <urn:test:b> 1 } }")));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> sameOrigin = kg.send(write("/kg/update", "application/x-www-form-urlencoded",
                "update=" + TestServer.encode("INSERT DATA { GRAPH <urn:test:ok> { <urn:test:a> <urn:test:b> 2 } }")).header("Origin", self));
        assertEquals(2, sameOrigin.statusCode() / 100, sameOrigin.statusCode() + " " + sameOrigin.body());
        HttpResponse<String> upload = kg.send(kg.request("/kg/data?graph=urn:test:ok2", TestServer.CURATOR).header("Content-Type", "text/turtle; charset=utf-8")
                .header("Referer", self + "/#/dataset/kg/upload").PUT(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> 3 .")));
        assertTrue(upload.statusCode() == 200 || upload.statusCode() == 201, upload.statusCode() + " " + upload.body());
        assertTrue(kg.query("ASK { GRAPH <urn:test:ok> { ?s ?p 2 } GRAPH <urn:test:ok2> { ?s ?p 3 } }").body().contains("true"));
    }

    /**
     * Why a write without Origin may pass the CSRF check: a browser cannot send one. A page on one
     * origin makes headless Chromium post a form to another (a recorder on another port), once
     * plainly and once under {@code Referrer-Policy: no-referrer}: Chromium names the page's origin,
     * or "null", and sends no Referer in the second case. Both headers, replayed to this server with
     * the curator's credentials, are refused (403). Skipped where Chromium is not installed.
     */
    @Test
    void browsersSendAnOriginOnCrossSitePostsAndThoseAreRefused() throws Exception {
        Path chromium = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")).stream().filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(chromium != null, "chromium not installed");
        java.util.Map<String, java.util.List<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        com.sun.net.httpserver.HttpServer recorder = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        recorder.createContext("/collect", ex -> {
            String origin = ex.getRequestHeaders().getFirst("Origin");
            String referer = ex.getRequestHeaders().getFirst("Referer");
            seen.put(ex.getRequestURI().getQuery(), java.util.Arrays.asList(origin, referer));
            ex.getRequestBody().readAllBytes();
            byte[] done = "<!DOCTYPE html><p>recorded</p>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, done.length);
            ex.getResponseBody().write(done);
            ex.close();
        });
        com.sun.net.httpserver.HttpServer hostile = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        String target = "http://127.0.0.1:" + recorder.getAddress().getPort() + "/collect";
        hostile.createContext("/", ex -> {
            boolean hidden = ex.getRequestURI().getPath().contains("no-referrer");
            String page = "<!DOCTYPE html><html><head>" + (hidden ? "<meta name=\"referrer\" content=\"no-referrer\">" : "") + "</head><body>"
                    + "<form id=f method=post enctype=\"application/x-www-form-urlencoded\" action=\"" + target + "?" + (hidden ? "hidden" : "plain") + "\">"
                    + "<input name=update value=\"CLEAR ALL\"></form><script>document.getElementById('f').submit();</script></body></html>";
            byte[] b = page.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        recorder.start();
        hostile.start();
        String hostileOrigin = "http://127.0.0.1:" + hostile.getAddress().getPort();
        try {
            for (String page : List.of("/plain", "/no-referrer")) {
                Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--user-data-dir=" + dir.resolve("chromium-csrf"), "--virtual-time-budget=5000", "--dump-dom", hostileOrigin + page)
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                assertTrue(p.waitFor(2, TimeUnit.MINUTES), "chromium ended");
                p.destroy();
            }
        } finally {
            hostile.stop(0);
            recorder.stop(0);
        }
        assertEquals(java.util.Arrays.asList(hostileOrigin, hostileOrigin + "/"), seen.get("plain"), "a plain cross-site form post (the Referer cut to the origin)");
        assertEquals(java.util.Arrays.asList("null", null), seen.get("hidden"), "under no-referrer: Origin null, no Referer");
        for (String origin : List.of(hostileOrigin, "null")) {
            HttpResponse<String> r = kg.send(write("/kg/update", "application/x-www-form-urlencoded", "update=" + TestServer.encode("CLEAR ALL")).header("Origin", origin));
            assertEquals(403, r.statusCode(), origin + " " + r.body());
        }
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
                "--dump-dom", kg.base + Editor.PATH + "#/dataset/kg/query")
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
