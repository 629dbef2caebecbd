package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
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
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.ScamkgProcess;
import org.scamkg.TestProject;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/**
 * {@code serve --passwd} as its own process, with its real log: writes need the right password,
 * no password (right or wrong, plain or encoded) reaches the log, no admin endpoint answers, and
 * the server listens on loopback only.
 */
class CredentialsIT {
    static final String PASSWORD = "Right-Horse-Battery-42";
    static final String WRONG = "Wrong-Guess-Staple-17";
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void writesNeedTheRightPasswordAndNoPasswordIsLogged(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
        }
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "curator: " + PASSWORD + "\n");
        String log;
        int port;
        try (ScamkgProcess serve = ScamkgProcess.start("serve", "--port", "0", "--store", store.toString(), "--passwd", passwd.toString())) {
            Matcher ready = serve.await(Pattern.compile("scamkg ready: http://127\\.0\\.0\\.1:(\\d+)/"), Duration.ofMinutes(2));
            port = Integer.parseInt(ready.group(1));
            String base = "http://127.0.0.1:" + port;
            String insert = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:test:notes> { <urn:test:a> <urn:test:b> \"c\" } }", StandardCharsets.UTF_8);
            for (String auth : new String[] {null, "curator:" + WRONG, "nobody:" + PASSWORD, "curator:"}) {
                assertEquals(401, send(base + "/kg/update", "application/x-www-form-urlencoded", insert, auth), "update as " + auth);
                assertEquals(401, send(base + "/kg/data?graph=urn:test:g", "application/n-triples", "<urn:test:a> <urn:test:b> \"c\" .\n", auth), "upload as " + auth);
            }
            assertEquals(200, send(base + "/kg/update", "application/x-www-form-urlencoded", insert, "curator:" + PASSWORD));
            int upload = send(base + "/kg/data?graph=urn:test:g", "application/n-triples", "<urn:test:a> <urn:test:b> \"c\" .\n", "curator:" + PASSWORD);
            assertTrue(upload == 200 || upload == 201, "upload: " + upload);
            // Credentials in the URL's query string, as a careless client might send them.
            send(base + "/kg/sparql?query=ASK%7B%7D&password=" + WRONG, "application/x-www-form-urlencoded", "", null);

            for (String admin : List.of("/$/datasets", "/$/backup/kg", "/$/compact/kg", "/$/reload", "/$/tasks", "/$/shutdown", "/$/config", "/$/logs"))
                assertFalse(send(base + admin, "application/x-www-form-urlencoded", "dbName=x&dbType=mem", "curator:" + PASSWORD) / 100 == 2, admin);

            assertNotReachableOnOtherInterfaces(port);
            serve.close();
            log = serve.output();
        }
        assertTrue(log.contains("/kg/update"), "the request log is on, so the check below means something:\n" + log);
        assertTrue(log.lines().anyMatch(l -> l.endsWith("/kg/sparql?query=ASK%7B%7D&password=***")), "masked, the rest of the line kept:\n" + log);
        for (String secret : List.of(PASSWORD, WRONG, b64("curator:" + PASSWORD), b64("curator:" + WRONG)))
            assertFalse(log.contains(secret), "the log shows a password:\n" + log);
    }

    private int send(String url, String type, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (url.contains("/kg/data")) b.PUT(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", "Basic " + b64(auth));
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String b64(String s) { return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)); }

    /** Bound to 127.0.0.1 by default: the machine's other addresses refuse the connection. */
    private static void assertNotReachableOnOtherInterfaces(int port) throws Exception {
        Optional<InetAddress> other = NetworkInterface.networkInterfaces().filter(i -> {
            try {
                return i.isUp() && !i.isLoopback();
            } catch (Exception e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address).findFirst();
        if (other.isEmpty()) return; // a machine with loopback only: nothing else to reach
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(other.get(), port), 2000);
            }
        }, "reachable on " + other.get());
    }
}
