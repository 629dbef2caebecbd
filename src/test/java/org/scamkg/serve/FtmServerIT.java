package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.Rdf4j;
import org.scamkg.TestProject;
import org.scamkg.common.NameNormaliser;
import org.scamkg.ftm.FtmImport;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/**
 * Imported FollowTheMoney entities on a real server: they answer SPARQL with our ontology's
 * terms, and each has an entity page at its IRI, its id percent-encoded, escaped like any other.
 */
class FtmServerIT {
    @TempDir static Path dir;
    static KgServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("store");
        Path file = dir.resolve("registry.jsonl");
        Files.writeString(file, Files.readString(TestProject.TEST_RESOURCES.resolve("ftm/every-schema.jsonl"))
                + "{\"id\": \"NK-odd.1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"<script>alert(1)</script> Holdings\"]}}\n");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
            FtmImport.run(s, file, "registry", NameNormaliser.of(TestProject.DATA), new PrintWriter(Writer.nullWriter()));
        }
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.stop(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every entity of the fixture (one of every schema of FollowTheMoney's model) has its page, and a named one is found by search. */
    @Test
    void everyImportedEntityHasAPageAndIsFoundByItsName() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int pages = 0;
        int found = 0;
        for (String line : Files.readAllLines(TestProject.TEST_RESOURCES.resolve("ftm/every-schema.jsonl"))) {
            if (line.isBlank()) continue;
            com.fasterxml.jackson.databind.JsonNode e = json.readTree(line);
            String id = e.get("id").asText();
            HttpResponse<String> page = get("/id/ftm/registry/" + id, "text/html");
            assertEquals(200, page.statusCode(), id + " (" + e.get("schema").asText() + ")");
            pages++;
            com.fasterxml.jackson.databind.JsonNode name = e.path("properties").path("name").path(0);
            if (name.isMissingNode()) continue;
            HttpResponse<String> hits = get("/search?q=" + java.net.URLEncoder.encode(name.asText(), java.nio.charset.StandardCharsets.UTF_8),
                    "application/json");
            assertEquals(200, hits.statusCode());
            assertTrue(hits.body().contains("https://w3id.org/scamkg/id/ftm/registry/" + id), name.asText() + " → " + hits.body());
            found++;
        }
        assertTrue(pages >= 64 && found > 30, pages + " pages (one of every schema), " + found + " found by name");
    }

    @Test
    void importedDirectorshipsAnswerSparqlInOurTerms() throws Exception {
        String q = """
                PREFIX skg: <https://w3id.org/scamkg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?director ?company WHERE {
                  ?r skg:relationType <https://w3id.org/scamkg/vocab/relation-type/directorship> ;
                     skg:relationFrom/rdfs:label ?director ; skg:relationTo/rdfs:label ?company }""";
        HttpResponse<String> r = get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(2, r.body().lines().count(), r.body());
        assertTrue(r.body().contains("Dara Sok,\"Golden Sands Entertainment Co., Ltd.\""), r.body());
    }

    @Test
    void anImportedEntityHasItsPageAndItsData() throws Exception {
        HttpResponse<String> page = get("/id/ftm/registry/c-1", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Golden Sands Entertainment Co., Ltd."), page.body());
        HttpResponse<String> ttl = get("/id/ftm/registry/c-1", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Model m = Rdf4j.parse(ttl.body().getBytes(StandardCharsets.UTF_8), RDFFormat.TURTLE);
        assertTrue(m.contains(Values.iri("https://w3id.org/scamkg/id/ftm/registry/c-1"),
                Values.iri("https://schema.followthemoney.tech/#Company:registrationNumber"), Values.literal("00012345")));
        assertEquals(404, get("/id/ftm/registry/no-such-id", "text/html").statusCode());
        assertEquals(404, get("/id/ftm/Not%20A%20Dataset/c-1", "text/html").statusCode());
    }

    @Test
    void anIdWithDotsHasAPageThatEscapesWhatItShows() throws Exception {
        HttpResponse<String> page = get("/id/ftm/registry/NK-odd.1", "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; Holdings"), page.body());
        assertTrue(!page.body().contains("<script>alert(1)"), "markup in a name is shown as text");
    }
}
