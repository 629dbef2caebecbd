package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/**
 * The server as clients meet it: a real Fuseki on a free loopback port over a real TDB2 store,
 * queried over HTTP by RDF4J (an independent SPARQL client) and by the JDK's HTTP client.
 */
class ServerIT {
    @TempDir static Path dir;
    static KgServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String USER = "curator";
    static final String PASSWORD = "correct-horse";

    @BeforeAll
    static void start() throws IOException {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
        }
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, USER + ": " + PASSWORD + "\n");
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.of(passwd), 2)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.stop(); }

    static HttpResponse<String> post(String path, String form, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(String key, String value) { return key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8); }

    @Test
    void rdf4jClientGetsTheRaidToLicenceLink() throws Exception {
        String query = Files.readString(TestProject.QUERIES.resolve("raided-then-licensed.rq")).replace("?max_days", "30");
        SPARQLRepository repo = new SPARQLRepository(base + "/kg/sparql");
        List<String> firms = new ArrayList<>();
        try (RepositoryConnection c = repo.getConnection(); TupleQueryResult r = c.prepareTupleQuery(query).evaluate()) {
            while (r.hasNext()) {
                BindingSet b = r.next();
                firms.add(b.getValue("firm").stringValue() + " " + b.getValue("raidDate").stringValue() + " "
                        + b.getValue("licenceDate").stringValue() + " " + b.getValue("sources").stringValue());
            }
        } finally {
            repo.shutDown();
        }
        assertEquals(List.of("https://w3id.org/scamkg/id/org/unnamed-firm-sihanoukville-compound 2022-09 2022-09 "
                + "https://w3id.org/scamkg/id/source/camboja-2022-09-pm-worst-country"), firms);
    }

    @Test
    void defaultGraphIsTheUnionOfAllGraphs() throws Exception {
        HttpResponse<String> r = post("/kg/sparql", form("query",
                "ASK { <https://w3id.org/scamkg/id/person/hun-sen> a ?t ; <http://www.w3.org/ns/org#holds> ?post }"), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), "registry type and source holding seen together: " + r.body());
    }

    @Test
    void serviceQueryIsRefused() throws Exception {
        HttpResponse<String> r = post("/kg/sparql", form("query", "SELECT * { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
    }

    @Test
    void anonymousAndWrongPasswordUpdatesAreRefusedAndTheRightOneSucceeds() throws Exception {
        String insert = form("update", "INSERT DATA { GRAPH <urn:test:notes> { <urn:test:a> <urn:test:b> \"c\" } }");
        assertEquals(401, post("/kg/update", insert, null).statusCode());
        assertEquals(401, post("/kg/update", insert, USER + ":wrong").statusCode());
        assertEquals(200, post("/kg/update", insert, USER + ":" + PASSWORD).statusCode());
        HttpResponse<String> ask = post("/kg/sparql", form("query", "ASK { GRAPH <urn:test:notes> { <urn:test:a> ?p ?o } }"), null);
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void remoteLoadIsRefusedEvenWithCredentials() throws Exception {
        for (String target : List.of("http://127.0.0.1:1/data.ttl", "file:///etc/passwd")) {
            HttpResponse<String> r = post("/kg/update", form("update", "LOAD <" + target + ">"), USER + ":" + PASSWORD);
            assertEquals(400, r.statusCode(), target);
            assertTrue(r.body().contains("LOAD is not allowed"), r.body());
        }
    }

    @Test
    void serviceInsideAnUpdateIsRefused() throws Exception {
        HttpResponse<String> r = post("/kg/update",
                form("update", "INSERT { GRAPH <urn:test:x> { ?s ?p ?o } } WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"),
                USER + ":" + PASSWORD);
        assertEquals(400, r.statusCode());
    }

    @Test
    void runawayQueryStopsAtTheTimeLimitAndTheServerAnswersTheNext() throws Exception {
        HttpResponse<String> slow = post("/kg/sparql",
                form("query", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"), null);
        assertEquals(503, slow.statusCode());
        assertTrue(slow.body().toLowerCase().contains("timed out"), slow.body());
        assertEquals(200, post("/kg/sparql", form("query", "ASK {}"), null).statusCode());
    }

    @Test
    void graphStoreReadsAGraphAnonymously() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/get?graph="
                + URLEncoder.encode("https://w3id.org/scamkg/graph/registry", StandardCharsets.UTF_8)))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<https://w3id.org/scamkg/id/person/hun-sen>"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/id/person/sar-sokha", "/queries/raided-then-licensed", "/editor/", "/assets/site.css", "/kg/sparql?query=ASK%7B%7D",
                "/id/person/nobody-at-all", "/search?q=sokha")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void editorIsServedAndAdminEndpointsAreNot() throws Exception {
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base + "/editor/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("Fuseki"), "the editor page");
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("href=\"/editor/#/dataset/kg/query\""), "the home page links the editor");
        for (String offer : List.of("/$/", "Add data", "add data", "manage", "Manage", "upload"))
            assertFalse(home.body().contains(offer), "the home page offers no write or admin action: " + offer);
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(base + "/$/server")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(status.body().contains("\"/kg\""), status.body());
        HttpResponse<String> admin = post("/$/datasets", form("dbName", "evil") + "&" + form("dbType", "mem"), null);
        assertFalse(admin.statusCode() >= 200 && admin.statusCode() < 300, "dataset creation must not exist: " + admin.statusCode());
    }
}
