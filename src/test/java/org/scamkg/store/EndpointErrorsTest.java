package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.common.NameNormaliser;

import com.sun.net.httpserver.HttpServer;

/** What a user is told when the external endpoint refuses a query: its status and its own words. */
class EndpointErrorsTest {
    static final String REFUSAL = "Virtuoso 42000 Error SQ200: The memory pool size 400039930 reached the limit 400000000 bytes, "
            + "try to increase the MaxMemPoolSize ini setting.";
    HttpServer endpoint;
    EndpointEngine engine;

    @BeforeEach
    void start() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        endpoint.createContext("/sparql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = REFUSAL.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(500, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        endpoint.start();
        String url = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/sparql";
        engine = new EndpointEngine(new SparqlEndpoint(url, Optional.empty()), NameNormaliser.of(TestProject.DATA));
    }

    @AfterEach
    void stop() { endpoint.stop(0); }

    @Test
    void aRefusedQueryIsReportedWithTheEnginesOwnWords() {
        StoreException e = assertThrows(StoreException.class,
                () -> engine.select(QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 1"), Optional.empty(), 10_000));
        assertTrue(e.getMessage().contains("HTTP 500") && e.getMessage().contains("SQ200: The memory pool size"), e.getMessage());
    }
}
