package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;

/**
 * Questions stopped at the time limit, many at once, as on a large store under load: each answers
 * 503 and every server thread goes on serving. In the 10 M benchmark's mixed run, time-outs at
 * once left server threads that answered every later page and query API request with 500 ("Not
 * in a transaction"): each stopped question aborted its read transaction, jena-text rolled its
 * name index back for each, and two such rollbacks at once broke one of the transactions' ends
 * ({@code NameIndexTransactions}, {@code ReadTransactions}). The server here has the project's
 * questions and one more that no store answers within its limit of 1 s.
 */
class TimeLimitsUnderLoadIT {
    static final int CLIENTS = 16;
    static final String STALLS = """
            #+ summary: A count that no store finishes within a second (a test's)
            #+ description: Four copies of every statement joined.
            #+ params:
            #+   entity: {type: iri, optional: true, doc: "taken, as the entity pages' questions take it, and ignored"}
            #+ columns:
            #+   n: the count
            SELECT (COUNT(*) AS ?n) { OPTIONAL { ?entity a ?kind } ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }
            """;

    @TempDir static Path dir;
    static TestServer kg;

    /** 1 s per query; the project's questions and {@code stalls}. */
    @BeforeAll
    static void start() throws Exception {
        kg = serverWith(dir, "stalls");
    }

    /** A server with a limit of 1 s and the project's questions, {@code stalled} replaced by (or added as) {@link #STALLS}. */
    static TestServer serverWith(Path dir, String stalled) throws Exception {
        Path queries = queriesWithStall(dir, stalled);
        return TestServer.start(dir, o -> new ServerOptions(o.host(), o.port(), o.storeDir(), o.configDir(), queries, o.passwdFile(), 1));
    }

    /** A copy of the project's questions in {@code dir/queries}, {@code stalled} replaced by (or added as) {@link #STALLS}. */
    static Path queriesWithStall(Path dir, String stalled) throws IOException {
        Path queries = Files.createDirectories(dir.resolve("queries"));
        try (var files = Files.list(TestProject.QUERIES)) {
            for (Path q : files.toList()) Files.copy(q, queries.resolve(q.getFileName()));
        }
        Files.writeString(queries.resolve(stalled + ".rq"), STALLS);
        return queries;
    }

    @AfterAll
    static void stop() { kg.close(); }

    @Test
    void queriesStoppedAtOnceLeaveEveryServerThreadServing() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<HttpResponse<String>>> stopped = new ArrayList<>();
                for (int i = 0; i < CLIENTS; i++) stopped.add(clients.submit(() -> kg.get("/queries/stalls?format=json")));
                for (Future<HttpResponse<String>> r : stopped) assertEquals(503, r.get(2, TimeUnit.MINUTES).statusCode());
            }
            List<String> paths = List.of("/id/person/sar-sokha", "/queries/entity-profile?entity=person/sar-sokha",
                    "/search?q=sokha", "/queries/entity-timeline?entity=person/sar-sokha");
            List<Future<String>> served = new ArrayList<>();
            for (int i = 0; i < 8 * CLIENTS; i++) {
                String path = paths.get(i % paths.size());
                served.add(clients.submit(() -> {
                    HttpResponse<String> r = kg.get(path);
                    return r.statusCode() + " " + path + (r.statusCode() == 200 ? "" : ": " + r.body());
                }));
            }
            for (Future<String> s : served) {
                String status = s.get(2, TimeUnit.MINUTES);
                assertTrue(status.startsWith("200 "), status);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** An entity page whose question reaches the time limit answers 503 in the site's words (it answered 500). */
    @Test
    void anEntityPageAtTheTimeLimitAnswers503(@TempDir Path other) throws Exception {
        try (TestServer slow = serverWith(other, "name-variants")) {
            HttpResponse<String> r = slow.send(slow.request("/id/person/sar-sokha", null).header("Accept", "text/html"));
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("time limit of 1 s"), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
            assertEquals(200, slow.get("/id/person/sar-sokha.ttl").statusCode(), "the entity's data still answers");
        }
    }
}
