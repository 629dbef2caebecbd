package org.scamkg.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.scamkg.TestProject;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/**
 * A real server for one test class: a TDB2 store in the given folder with the curated data,
 * a password file with one curator, Fuseki on a free loopback port, and a JDK HTTP client.
 */
final class TestServer implements AutoCloseable {
    static final String USER = "curator";
    static final String PASSWORD = "s3cret-Passw0rd-never-logged";
    static final String CURATOR = USER + ":" + PASSWORD;

    final KgServer server;
    final String base;
    final Path store;
    final HttpClient http = HttpClient.newHttpClient();

    private TestServer(KgServer server, Path store) {
        this.server = server;
        this.store = store;
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** Curated data loaded, writes enabled, {@code options} may change the defaults. */
    static TestServer start(Path dir, UnaryOperator<ServerOptions> options) throws Exception {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
        }
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, USER + ": " + PASSWORD + "\n");
        ServerOptions o = options.apply(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.of(passwd), 5));
        return new TestServer(KgServer.create(o).start(), store);
    }

    HttpRequest.Builder request(String path, String auth) {
        // A bound on every request: a server that stops answering fails the test instead of hanging it.
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        return b;
    }

    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception { return send(request(path, null)); }

    HttpResponse<String> postForm(String path, String key, String value, String auth) throws Exception {
        return send(request(path, auth).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(key + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
    }

    HttpResponse<String> query(String sparql) throws Exception {
        return send(request("/kg/sparql", null).header("Accept", "application/sparql-results+json").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)));
    }

    HttpResponse<String> upload(String graph, String contentType, String body, String auth) throws Exception {
        return send(request("/kg/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8), auth).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Sends only the headers of a request that declares a body of {@code length} bytes, with
     * {@code Expect: 100-continue} (as curl does for large bodies), and answers the status line:
     * the server must refuse from the declared length, without waiting for the body.
     */
    String statusLineForDeclaredBody(String method, String path, String type, long length, String auth) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            String head = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: " + length
                    + "\r\nExpect: 100-continue\r\n"
                    + (auth == null ? "" : "Authorization: Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)) + "\r\n")
                    + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    static String encode(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Override
    public void close() { server.stop(); }
}
