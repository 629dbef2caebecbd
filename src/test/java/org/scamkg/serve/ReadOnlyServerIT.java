package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/** Without a password file the server has no write endpoint at all, and listens on loopback. */
class ReadOnlyServerIT {
    @TempDir static Path dir;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
        }
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
    }

    @AfterAll
    static void stop() { server.stop(); }

    private int status(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", method.equals("PUT") ? "text/turtle" : "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anonymousUpdateIsRefused() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8);
        int s = status("POST", "/kg/update", update);
        assertFalse(s >= 200 && s < 300, "update must not exist without --passwd: " + s);
        int viaQuery = status("POST", "/kg/sparql", update);
        assertEquals(400, viaQuery, "the query endpoint does not take updates");
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        int s = status("PUT", "/kg/data?default", "<urn:a> <urn:b> <urn:c> .");
        assertFalse(s >= 200 && s < 300, "GSP write must not exist without --passwd: " + s);
        int viaGet = status("PUT", "/kg/get?default", "<urn:a> <urn:b> <urn:c> .");
        assertFalse(viaGet >= 200 && viaGet < 300, "the read-only GSP endpoint refuses writes: " + viaGet);
    }

    @Test
    void queriesStillWork() throws Exception {
        assertEquals(200, status("GET", "/kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), null));
    }
}
