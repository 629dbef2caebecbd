package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Names carrying markup show as text on every page that shows them. */
class HostileLabelsIT {
    @TempDir static Path dir;
    static KgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path data = TestProject.fixtureData(dir, "hostile-labels");
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.withData(data));
        }
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
    }

    @AfterAll
    static void stop() { server.stop(); }

    static String html(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    static void assertEscaped(String page) {
        assertFalse(page.contains("<script>alert"), "raw script tag");
        assertFalse(page.contains("<img src=x"), "raw img tag");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;"), "the name, escaped");
    }

    @Test
    void entityPageEscapesTheName() throws Exception {
        String page = html("/id/person/lena-vos");
        assertEscaped(page);
        // The page's template engine also escapes '=': the alias reads the same in a browser.
        assertTrue(page.contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;"), "the alias, escaped");
    }

    @Test
    void searchAndQueryPagesEscapeTheName() throws Exception {
        assertEscaped(html("/search?q=lena"));
        assertEscaped(html("/queries/name-variants?entity=" + URLEncoder.encode("person/lena-vos", StandardCharsets.UTF_8)));
    }
}
