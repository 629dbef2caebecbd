package org.scamkg.store;

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
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.ScamkgProcess;
import org.scamkg.TestProject;
import org.scamkg.TestStores;
import org.scamkg.generate.SyntheticDataGenerator;
import org.scamkg.serve.KgServer;
import org.scamkg.serve.ServerOptions;

/**
 * SIGKILL in the middle of writing: the loader during a large load, the server during a large
 * upload. On restart the store holds exactly what it held before (TDB2 replays or drops its
 * journal; the text index drops what was not committed), and the server starts on it.
 */
class CrashRecoveryIT {
    /** Large enough that the load runs for many seconds on two cores and prints progress. */
    static final int SCALE = Integer.getInteger("crash.scale", 300);

    static List<String> curatedStore(Path store) {
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
        }
        return TestStores.content(store);
    }

    @Test
    void loaderKilledMidLoadLeavesTheStoreAsItWasAndTheServerStarts(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        List<String> before = curatedStore(store);
        Path data = dir.resolve("generated");
        SyntheticDataGenerator.generate(data, SCALE, 7, TestProject.DATA.resolve("names/honorifics.csv"), new PrintWriter(Writer.nullWriter()));

        try (ScamkgProcess load = ScamkgProcess.start("load", "--data", data.toString(), "--store", store.toString(),
                "--config", TestProject.CONFIG.toString(), "--ontology", TestProject.ONTOLOGY.toString())) {
            // A progress line comes from the write transaction, after graphs were written into it.
            load.await(Pattern.compile("… [\\d,]+ of [\\d,]+ source files, [\\d,]+ triples"), Duration.ofMinutes(5));
            assertTrue(load.isAlive(), "the load must still be running when it is killed");
            load.kill();
        }
        assertEquals(before, TestStores.content(store), "the store after the crash");
        assertServerStartsAndAnswers(store);
    }

    @Test
    void serverKilledDuringAnUploadLeavesTheStoreAsItWas(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        List<String> before = curatedStore(store);
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "curator: pw\n");
        StringBuilder nt = new StringBuilder();
        for (int i = 0; i < 600_000; i++) nt.append("<urn:crash:s").append(i).append("> <urn:crash:p> \"value ").append(i).append("\" .\n");
        byte[] body = nt.toString().getBytes(StandardCharsets.UTF_8);

        try (ScamkgProcess serve = ScamkgProcess.start("serve", "--port", "0", "--store", store.toString(), "--data", TestProject.DATA.toString(),
                "--config", TestProject.CONFIG.toString(), "--ontology", TestProject.ONTOLOGY.toString(), "--passwd", passwd.toString())) {
            String base = serve.await(Pattern.compile("scamkg ready: (http://127\\.0\\.0\\.1:\\d+)/"), Duration.ofMinutes(2)).group(1);
            HttpRequest put = HttpRequest.newBuilder(URI.create(base + "/kg/data?graph=" + URLEncoder.encode("urn:crash:g", StandardCharsets.UTF_8)))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("curator:pw".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            CompletableFuture<HttpResponse<Void>> upload = HttpClient.newHttpClient().sendAsync(put, HttpResponse.BodyHandlers.discarding());
            // Fuseki logs the request line when it starts reading the body into its write transaction.
            serve.await(Pattern.compile("PUT http://127\\.0\\.0\\.1:\\d+/kg/data"), Duration.ofMinutes(1));
            assertTrue(!upload.isDone(), "the upload must still be running when the server is killed");
            serve.kill();
        }
        assertEquals(before, TestStores.content(store), "the store after the crash");
        assertServerStartsAndAnswers(store);
    }

    private static void assertServerStartsAndAnswers(Path store) throws Exception {
        KgServer server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/kg/sparql?query=" + URLEncoder.encode("ASK { <https://w3id.org/scamkg/id/person/hun-sen> ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("true"), r.body());
        } finally {
            server.stop();
        }
    }
}
