package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow request bodies (issue 17 item 8): connections that send their body a byte at a time once
 * held every thread, and no other request was answered. Now a body must arrive within its time
 * bound, and other clients are answered meanwhile.
 */
class SlowClientsIT {
    /** More than the server has threads ({@link KgServer#SERVER_THREADS}). */
    static final int SLOW_CLIENTS = 80;
    @TempDir static Path dir;
    static TestServer kg;

    @BeforeAll
    static void start() throws Exception {
        kg = TestServer.start(dir, o -> o);
    }

    @AfterAll
    static void stop() { kg.close(); }

    @Test
    void slowBodiesDoNotStopOtherClients() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<Socket> sockets = new ArrayList<>();
        List<Thread> trickles = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket s = new Socket("127.0.0.1", kg.server.port());
                sockets.add(s);
                String path = i % 2 == 0 ? "/kg/sparql" : "/kg/update";
                String type = i % 2 == 0 ? "application/sparql-query" : "application/sparql-update";
                OutputStream out = s.getOutputStream();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type + "\r\nContent-Length: 100000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread t = new Thread(() -> {
                    try {
                        while (!stop.get()) {
                            out.write(' ');
                            out.flush();
                            Thread.sleep(500);
                        }
                    } catch (IOException | InterruptedException e) {
                        // the server gave up on this body: what it should do
                    }
                }, "slow-client");
                t.setDaemon(true);
                t.start();
                trickles.add(t);
            }
            Thread.sleep(2000); // every slow body is being read
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> r = kg.send(kg.request("/kg/sparql?query=" + TestServer.encode("ASK { ?s ?p ?o }"), null)
                        .timeout(Duration.ofSeconds(20)));
                assertEquals(200, r.statusCode());
                assertTrue(r.body().contains("true"));
                HttpResponse<String> page = kg.send(kg.request("/id/person/sar-sokha", null).header("Accept", "text/html").timeout(Duration.ofSeconds(20)));
                assertEquals(200, page.statusCode());
            }
        } finally {
            stop.set(true);
            for (Socket s : sockets) s.close();
        }
    }

    /** A body that keeps trickling is cut off once it falls below the minimum rate, freeing its thread. */
    @Test
    void aTricklingBodyIsCutOff() throws Exception {
        try (Socket s = new Socket("127.0.0.1", kg.server.port())) {
            s.setSoTimeout((int) Duration.ofSeconds(SlowBodyGuard.GRACE_SECONDS + 30).toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 100000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicBoolean stop = new AtomicBoolean();
            Thread t = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(500);
                    }
                } catch (IOException | InterruptedException e) {
                    // cut off
                }
            }, "trickle");
            t.setDaemon(true);
            t.start();
            try {
                // an error reply or a closed connection; a read timeout here means the server still waits
                int first = s.getInputStream().read();
                if (first >= 0) {
                    String status = (char) first + new String(s.getInputStream().readNBytes(11), StandardCharsets.US_ASCII);
                    assertTrue(status.startsWith("HTTP/1.1 4") || status.startsWith("HTTP/1.1 5"), status);
                }
            } finally {
                stop.set(true);
            }
        }
        assertEquals(200, kg.query("ASK {}").statusCode());
    }
}
