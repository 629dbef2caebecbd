package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests meant to exhaust the server, on a server with the default limits (512 MiB uploads):
 * each must be refused or bounded, and the server must answer the next request.
 */
class HeavyRequestsIT {
    @TempDir static Path dir;
    static TestServer kg;

    @BeforeAll
    static void start() throws Exception {
        kg = TestServer.start(dir, o -> o);
    }

    @AfterAll
    static void stop() { kg.close(); }

    /**
     * A 285 MiB JSON-LD upload, under the 512 MiB upload limit, once filled the heap: JSON-LD is
     * parsed whole in memory. Formats parsed whole get a lower limit, refused from the declared
     * length; streamed formats keep the upload limit.
     */
    @Test
    void aLargeJsonLdUploadIsRefusedBeforeItIsRead() throws Exception {
        String graph = "/kg/data?graph=" + TestServer.encode("urn:test:jsonld-bomb");
        String jsonld = kg.statusLineForDeclaredBody("PUT", graph, "application/ld+json", 285L * 1024 * 1024, TestServer.CURATOR);
        assertTrue(jsonld.startsWith("HTTP/1.1 413"), jsonld);
        String rdfJson = kg.statusLineForDeclaredBody("POST", graph, "application/rdf+json; charset=utf-8", RequestSizeLimit.WHOLE_DOCUMENT_BYTES + 1, TestServer.CURATOR);
        assertTrue(rdfJson.startsWith("HTTP/1.1 413"), rdfJson);
        String streamed = kg.statusLineForDeclaredBody("PUT", graph, "application/n-triples", 285L * 1024 * 1024, TestServer.CURATOR);
        assertTrue(streamed.startsWith("HTTP/1.1 100"), "a streamed format may be that large: " + streamed);
        assertEquals(200, kg.query("ASK {}").statusCode());
    }

    /** The same bound on a JSON-LD body sent without a declared length: counted as read, refused at the limit. */
    @Test
    void aChunkedJsonLdUploadOverItsLimitStoresNothing() throws Exception {
        StringBuilder doc = new StringBuilder("{\"@context\": {\"n\": \"urn:test:n\"}, \"@graph\": [");
        for (int i = 0; doc.length() < RequestSizeLimit.WHOLE_DOCUMENT_BYTES + 1024; i++)
            doc.append(i == 0 ? "" : ",").append("{\"@id\": \"urn:test:e").append(i).append("\", \"n\": \"").append(i).append("\"}");
        byte[] body = doc.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<String> r = kg.send(kg.request("/kg/data?graph=" + TestServer.encode("urn:test:jsonld-chunked"), TestServer.CURATOR)
                    .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
            assertFalse(r.statusCode() >= 200 && r.statusCode() < 300, r.statusCode() + " " + r.body());
        } catch (IOException closed) {
            // refused by closing the connection
        }
        assertTrue(kg.query("ASK { GRAPH <urn:test:jsonld-chunked> { ?s ?p ?o } }").body().contains("false"));
        assertEquals(200, kg.query("ASK {}").statusCode());
    }
}
