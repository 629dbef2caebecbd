package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No request makes the server fetch anything: a canary HTTP server on loopback serves valid data
 * at every path and records every request it gets; queries, updates and uploads that name it
 * (SERVICE, FROM, LOAD, a remote JSON-LD context, an XML external entity) must leave it untouched.
 */
class NoOutboundRequestsIT {
    @TempDir static Path dir;
    static TestServer kg;
    static HttpServer canary;
    static final List<String> fetched = new CopyOnWriteArrayList<>();
    static String canaryUrl;

    @BeforeAll
    static void start() throws Exception {
        canary = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        canary.createContext("/", ex -> {
            fetched.add(ex.getRequestMethod() + " " + ex.getRequestURI());
            byte[] body = ex.getRequestURI().getPath().endsWith(".jsonld")
                    ? "{\"@context\": {\"name\": \"http://xmlns.com/foaf/0.1/name\"}}".getBytes()
                    : "<urn:canary:s> <urn:canary:p> \"fetched\" .\n".getBytes();
            ex.getResponseHeaders().add("Content-Type", ex.getRequestURI().getPath().endsWith(".jsonld") ? "application/ld+json" : "application/n-triples");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        canary.start();
        canaryUrl = "http://127.0.0.1:" + canary.getAddress().getPort();
        kg = TestServer.start(dir, o -> o);
    }

    @AfterAll
    static void stop() {
        kg.close();
        canary.stop(0);
    }

    @AfterEach
    void canaryWasNotCalled() {
        List<String> calls = List.copyOf(fetched);
        fetched.clear();
        assertEquals(List.of(), calls, "the server fetched from the canary");
    }

    @Test
    void serviceInAQueryIsRefused() throws Exception {
        HttpResponse<String> r = kg.query("SELECT * { SERVICE <" + canaryUrl + "/sparql> { ?s ?p ?o } }");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
        assertEquals(400, kg.query("SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }").statusCode());
    }

    /** SERVICE hidden in a sub-query, EXISTS, NOT EXISTS, BIND or a projection: 400, and nothing fetched. */
    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * { { SELECT * { SERVICE <%s/sparql> { ?s ?p ?o } } } }",
            "SELECT * { ?x ?y ?z FILTER EXISTS { SERVICE <%s/sparql> { ?s ?p ?o } } }",
            "SELECT * { ?x ?y ?z FILTER NOT EXISTS { { SELECT * { SERVICE <%s/sparql> { ?s ?p ?o } } } } } LIMIT 1",
            "SELECT * { BIND(EXISTS { SERVICE <%s/sparql> { ?s ?p ?o } } AS ?b) }",
            "SELECT (EXISTS { SERVICE <%s/sparql> { ?s ?p ?o } } AS ?b) {}",
            "ASK { OPTIONAL { ?a ?b ?c } MINUS { SERVICE SILENT <%s/sparql> { ?s ?p ?o } } }"})
    void serviceHiddenInAQueryIsRefused(String shape) throws Exception {
        HttpResponse<String> r = kg.query(shape.formatted(canaryUrl));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
    }

    /** The same shapes in an update, with credentials: 400, nothing fetched, nothing written. */
    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT { GRAPH <urn:test:ssrf> { ?s ?p ?o } } WHERE { { SELECT * { SERVICE <%s/sparql> { ?s ?p ?o } } } }",
            "INSERT { GRAPH <urn:test:ssrf> { <urn:a> <urn:b> <urn:c> } } WHERE { FILTER EXISTS { SERVICE <%s/sparql> { ?s ?p ?o } } }",
            "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { SERVICE SILENT <%s/sparql> { ?s ?p ?o } } }",
            "INSERT { GRAPH <urn:test:ssrf> { <urn:a> <urn:b> ?b } } WHERE { BIND(EXISTS { SERVICE <%s/sparql> { ?s ?p ?o } } AS ?b) }"})
    void serviceHiddenInAnUpdateIsRefused(String shape) throws Exception {
        HttpResponse<String> r = kg.postForm("/kg/update", "update", shape.formatted(canaryUrl), TestServer.CURATOR);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
        assertEquals("false", askGraph("urn:test:ssrf"));
    }

    /**
     * Behind the syntax check, the execution layer itself refuses SERVICE: run in this JVM, where
     * the server is installed, without the server's guard, a SERVICE query and update fetch nothing.
     */
    @Test
    void theExecutionLayerRefusesServiceWithoutTheGuard() {
        org.apache.jena.query.Dataset ds = org.apache.jena.query.DatasetFactory.create();
        String query = "SELECT * { SERVICE <" + canaryUrl + "/sparql> { ?s ?p ?o } }";
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.dataset(ds).query(query).build()) {
            assertThrows(RuntimeException.class, () -> org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect()));
        }
        String update = "INSERT { ?s ?p ?o } WHERE { SERVICE <" + canaryUrl + "/sparql> { ?s ?p ?o } }";
        assertThrows(RuntimeException.class, () -> org.apache.jena.update.UpdateExecution.dataset(ds).update(update).execute());
        String silent = "SELECT * { SERVICE SILENT <" + canaryUrl + "/sparql> { ?s ?p ?o } }";
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.dataset(ds).query(silent).build()) {
            try {
                org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
            } catch (RuntimeException refused) {
                // refused outright or answered empty: either way nothing is fetched (checked after each test)
            }
        }
    }

    @Test
    void fromAndFromNamedNameGraphsOfTheStoreAndFetchNothing() throws Exception {
        HttpResponse<String> r = kg.query("SELECT * FROM <" + canaryUrl + "/g.nt> FROM NAMED <file:///etc/passwd> { ?s ?p ?o }");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(!r.body().contains("fetched") && !r.body().contains("root:"), r.body());
    }

    @Test
    void loadOfAUrlOrAFileIsRefusedWithCredentials() throws Exception {
        for (String target : List.of(canaryUrl + "/data.nt", "file:///etc/passwd")) {
            HttpResponse<String> r = kg.postForm("/kg/update", "update", "LOAD <" + target + "> INTO GRAPH <urn:test:x>", TestServer.CURATOR);
            assertEquals(400, r.statusCode(), target);
        }
    }

    @Test
    void uploadedJsonLdWithARemoteContextIsRefused() throws Exception {
        String doc = "{\"@context\": \"" + canaryUrl + "/context.jsonld\", \"@id\": \"urn:test:x\", \"name\": \"x\"}";
        HttpResponse<String> r = kg.upload("urn:test:jsonld", "application/ld+json", doc, TestServer.CURATOR);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("not fetched"), r.body());
        String local = "{\"@context\": \"file:///etc/hostname\", \"@id\": \"urn:test:x\", \"name\": \"x\"}";
        assertEquals(400, kg.upload("urn:test:jsonld", "application/ld+json", local, TestServer.CURATOR).statusCode());
        assertEquals("false", askGraph("urn:test:jsonld"));
    }

    @Test
    void uploadedJsonLdWithAnInlineContextIsAccepted() throws Exception {
        String doc = "{\"@context\": {\"name\": \"http://xmlns.com/foaf/0.1/name\"}, \"@id\": \"urn:test:y\", \"name\": \"y\"}";
        HttpResponse<String> r = kg.upload("urn:test:inline", "application/ld+json", doc, TestServer.CURATOR);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 201, r.statusCode() + " " + r.body());
        assertEquals("true", askGraph("urn:test:inline"));
    }

    @Test
    void rdfXmlWithAnExternalEntityFetchesNothing() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM \"" + canaryUrl + "/entity.txt\"> ]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"urn:test:\">"
                + "<rdf:Description rdf:about=\"urn:test:z\"><ex:p>&ext;</ex:p></rdf:Description></rdf:RDF>";
        HttpResponse<String> r = kg.upload("urn:test:xml", "application/rdf+xml", xml, TestServer.CURATOR);
        assertNotEquals(500, r.statusCode(), r.body());
        HttpResponse<String> q = kg.query("SELECT ?o { GRAPH <urn:test:xml> { ?s ?p ?o } }");
        assertTrue(!q.body().contains("fetched"), q.body());
    }

    @Test
    void theValidatorOfTheEditorFetchesNoContext() throws Exception {
        String doc = "{\"@context\": \"" + canaryUrl + "/context.jsonld\", \"@id\": \"urn:test:v\", \"name\": \"v\"}";
        HttpResponse<String> r = kg.postForm("/$/validate/data?languageSyntax=JSON-LD", "data", doc, null);
        assertNotEquals(500, r.statusCode(), r.body());
    }

    private String askGraph(String graph) throws Exception {
        HttpResponse<String> r = kg.query("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }");
        return r.body().contains("true") ? "true" : "false";
    }
}
