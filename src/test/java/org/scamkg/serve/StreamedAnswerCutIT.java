package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An answer that has already streamed past the response buffer (32 KiB, {@link KgServer#OUTPUT_BUFFER_BYTES})
 * when the time limit strikes cannot get a 503 any more: its status went out with the first
 * bytes. It must then never look complete: the connection is cut before the end of the body,
 * so the client gets an error instead of a well-formed answer with rows missing (CSV has no
 * closing bracket that would give a cut-off file away).
 */
class StreamedAnswerCutIT {
    @TempDir static Path dir;
    static TestServer kg;

    /** 2 s per query, the default row limit: a thousand rows stream out before the limit strikes. */
    @BeforeAll
    static void start() throws Exception {
        kg = TestServer.start(dir, o -> new ServerOptions(o.host(), o.port(), o.storeDir(), o.configDir(), o.queriesDir(), o.passwdFile(), 2));
    }

    @AfterAll
    static void stop() { kg.close(); }

    /** A thousand statements (well over 32 KiB in every format), then a count no store finishes in 2 s. */
    private static final String STREAMS_THEN_STALLS = """
            SELECT * {
              { SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } LIMIT 1000 }
              UNION
              { SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?h ?i ?j . ?k ?l ?m } }
            }""";

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "text/tab-separated-values", "application/sparql-results+json", "application/sparql-results+xml"})
    void anAnswerCutAfterItsStatusWasSentFailsAtTheClient(String format) throws Exception {
        HttpResponse<String> r;
        try {
            r = kg.send(kg.request("/kg/sparql", null).header("Accept", format)
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(STREAMS_THEN_STALLS)));
        } catch (IOException cut) {
            // the body ended before its end: the client knows the answer is incomplete
            HttpResponse<String> next = kg.query("ASK { ?s ?p ?o }");
            assertEquals(200, next.statusCode(), "the server answers the next query");
            return;
        }
        if (r.statusCode() == 503) return; // stopped before anything was sent: also honest
        fail("a " + r.statusCode() + " answer of " + r.body().length() + " characters that looks complete although the query was stopped:\n"
                + r.body().substring(Math.max(0, r.body().length() - 300)));
    }

    /** The same thousand statements without the stalled branch: a complete answer, as a check that the query streams at all. */
    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "application/sparql-results+json"})
    void theFirstBranchAloneIsAnsweredWhole(String format) throws Exception {
        HttpResponse<String> r = kg.send(kg.request("/kg/sparql", null).header("Accept", format)
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } LIMIT 1000")));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length() > 32 * 1024, "more than the response buffer: " + r.body().length());
    }
}
