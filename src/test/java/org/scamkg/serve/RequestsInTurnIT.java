package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests that read the graph take turns ({@link QueryAdmission}), on a server with one turn, a
 * query time limit of 1 s and so a wait of at most 3 s for a turn: they run one after another,
 * those that wait too long get 503 "busy", and a client that sends its body or reads its answer
 * slowly holds no turn.
 */
class RequestsInTurnIT {
    @TempDir static Path dir;
    static TestServer kg;

    @BeforeAll
    static void start() throws Exception {
        Path queries = TimeLimitsUnderLoadIT.queriesWithStall(dir, "stalls");
        kg = TestServer.start(dir, o -> new ServerOptions(o.host(), o.port(), o.storeDir(), o.configDir(), queries, o.passwdFile(), 1)
                .withConcurrentRequests(1));
    }

    @AfterAll
    static void stop() { kg.close(); }

    private static HttpResponse<String> page() throws Exception {
        return kg.send(kg.request("/id/person/sar-sokha", null).header("Accept", "text/html").timeout(Duration.ofSeconds(20)));
    }

    /**
     * Six questions that each run to the 1 s limit, asked at once: with one turn they run one after
     * another, so at most four of them get a turn within the 3 s wait (all six would run at once
     * without turns); the others are told the server is busy.
     */
    @Test
    void questionsTakeTurnsAndTheLastAreToldTheServerIsBusy() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) replies.add(clients.submit(() -> kg.get("/queries/stalls?format=json")));
            int ran = 0, busy = 0;
            for (Future<HttpResponse<String>> f : replies) {
                HttpResponse<String> r = f.get(2, TimeUnit.MINUTES);
                assertEquals(503, r.statusCode(), r.body());
                if (r.body().contains("time limit")) ran++;
                else if (r.body().contains("busy")) {
                    busy++;
                    assertEquals("10", r.headers().firstValue("Retry-After").orElse(""), "says when to try again");
                } else throw new AssertionError("neither stopped at the limit nor busy: " + r.body());
            }
            assertTrue(ran >= 1 && ran <= 4, ran + " ran, " + busy + " busy");
            assertTrue(busy >= 2, ran + " ran, " + busy + " busy");
        } finally {
            clients.shutdownNow();
        }
        assertEquals(200, page().statusCode(), "the next request gets its turn");
    }

    /** A query sent a byte at a time for 5 s: the one turn stays free for a page meanwhile. */
    @Test
    void aClientSendingItsQuerySlowlyHoldsNoTurn() throws Exception {
        AtomicBoolean sending = new AtomicBoolean(true);
        CountDownLatch begun = new CountDownLatch(3); // three bytes of the body sent: the server is reading it
        try (Socket s = new Socket("127.0.0.1", kg.server.port())) {
            String query = "ASK { ?s ?p ?o }";
            OutputStream out = s.getOutputStream();
            out.write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: "
                    + (query.length() + 25) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread slow = new Thread(() -> {
                try {
                    for (int i = 0; i < 25; i++) {
                        out.write(' ');
                        out.flush();
                        begun.countDown();
                        Thread.sleep(200); // the pace of a slow client, not a wait
                    }
                    out.write(query.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (Exception e) {
                    // the test is over
                } finally {
                    sending.set(false);
                }
            });
            slow.start();
            assertTrue(begun.await(1, TimeUnit.MINUTES));
            assertEquals(200, page().statusCode());
            assertTrue(sending.get(), "the page was answered while the slow query was still arriving");
            slow.join();
        }
    }

    /** An answer of many megabytes that its client does not read: the turn ends once the answer has started. */
    @Test
    void aClientReadingItsAnswerSlowlyHoldsNoTurn() throws Exception {
        try (Socket s = new Socket()) {
            s.setReceiveBufferSize(4096);
            s.setSoTimeout(60_000);
            s.connect(new java.net.InetSocketAddress("127.0.0.1", kg.server.port()));
            String q = TestServer.encode("SELECT * { ?a ?b ?c . ?d ?e ?f }");
            s.getOutputStream().write(("GET /kg/sparql?query=" + q + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            // the answer has begun (its status is sent: the reply is committed); it streams until the
            // sockets' buffers are full, then waits for this client, which reads no more
            InputStream in = s.getInputStream();
            assertTrue(in.read() >= 0, "the answer begins");
            HttpResponse<String> r = page();
            assertEquals(200, r.statusCode(), r.body());
        }
    }
}
