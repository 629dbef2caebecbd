package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 clients at once against the SPARQL endpoint, entity pages and the query API, while a
 * curator writes: every request succeeds, and every read sees each update whole (an update adds
 * one triple to each of two graphs; a query counting both graphs always finds them equal).
 * Runs {@code soak.seconds} (5 in {@code mvn verify}, 60 with {@code mvn -Psoak verify}).
 */
class ConcurrentClientsIT {
    static final int CLIENTS = 16;
    static final long SECONDS = Long.getLong("soak.seconds", 5);
    static final Pattern COUNTS = Pattern.compile("\"a\"\\s*:\\s*\\{[^}]*\"value\"\\s*:\\s*\"(\\d+)\".*\"b\"\\s*:\\s*\\{[^}]*\"value\"\\s*:\\s*\"(\\d+)\"", Pattern.DOTALL);

    @Test
    void sixteenClientsAndAWriterGetNoErrorAndNoTornRead(@TempDir Path dir) throws Exception {
        try (TestServer kg = TestServer.start(dir, o -> o)) {
            List<String> reads = List.of(
                    "/kg/sparql?query=" + TestServer.encode("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p"),
                    "/id/person/sar-sokha",
                    "/id/person/hun-sen.ttl",
                    "/queries/entity-profile?entity=person/sar-sokha",
                    "/queries/entity-timeline?entity=person/hun-sen",
                    "/queries/raided-then-licensed",
                    "/search?q=sokha");
            String consistency = "/kg/sparql?query=" + TestServer.encode(
                    "SELECT ?a ?b { { SELECT (COUNT(*) AS ?a) { GRAPH <urn:soak:one> { ?s ?p ?o } } } { SELECT (COUNT(*) AS ?b) { GRAPH <urn:soak:two> { ?s ?p ?o } } } }");
            Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
            AtomicLong requests = new AtomicLong();
            AtomicLong writes = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> all = new ArrayList<>();
            all.add(pool.submit(() -> {
                for (long i = 0; System.nanoTime() < end; i++) {
                    String update = "INSERT DATA { GRAPH <urn:soak:one> { <urn:soak:s" + i + "> <urn:soak:p> " + i + " } "
                            + "GRAPH <urn:soak:two> { <urn:soak:s" + i + "> <urn:soak:p> " + i + " } }";
                    HttpResponse<String> r = kg.postForm("/kg/update", "update", update, TestServer.CURATOR);
                    if (r.statusCode() != 200) failures.computeIfAbsent("update " + r.statusCode() + " " + r.body(), k -> new AtomicLong()).incrementAndGet();
                    else writes.incrementAndGet();
                }
                return null;
            }));
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                all.add(pool.submit(() -> {
                    for (int i = client; System.nanoTime() < end; i++) {
                        boolean check = i % 4 == 0;
                        String path = check ? consistency : reads.get(i % reads.size());
                        HttpRequest.Builder b = kg.request(path, null).header("Accept", path.startsWith("/id/") && !path.endsWith(".ttl") ? "text/html" : "application/sparql-results+json, application/json;q=0.9, */*;q=0.1");
                        HttpResponse<String> r = kg.send(b);
                        requests.incrementAndGet();
                        if (r.statusCode() != 200) {
                            failures.computeIfAbsent(r.statusCode() + " " + path, k -> new AtomicLong()).incrementAndGet();
                        } else if (check) {
                            Matcher m = COUNTS.matcher(r.body());
                            if (!m.find() || !m.group(1).equals(m.group(2)))
                                failures.computeIfAbsent("torn read: " + r.body().replaceAll("\\s+", " "), k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) f.get(SECONDS + 120, TimeUnit.SECONDS);
            pool.shutdown();
            assertEquals(Map.of(), Map.copyOf(failures), "failed requests, of " + requests.get());
            assertTrue(requests.get() > CLIENTS && writes.get() > 0, requests.get() + " requests, " + writes.get() + " writes");
            System.out.printf("ConcurrentClientsIT: %,d reads and %,d writes in %d s, 0 errors%n", requests.get(), writes.get(), SECONDS);
        }
    }
}
