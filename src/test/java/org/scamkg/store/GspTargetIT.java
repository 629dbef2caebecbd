package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.Rdf4j;
import org.scamkg.Rdf4jSparqlServer;
import org.scamkg.TestProject;
import org.scamkg.common.LoadException;

/**
 * {@code load --target}: the curated records written through the Graph Store Protocol to a
 * second, independent SPARQL server (RDF4J's, on loopback), which must then hold exactly the
 * graphs a local load makes; bad records or a refused password send nothing.
 */
class GspTargetIT {
    static Rdf4jSparqlServer server;
    static final Optional<GspTarget.Credentials> LOADER = Optional.of(new GspTarget.Credentials("loader", "s3cret"));
    static final PrintWriter QUIET = new PrintWriter(Writer.nullWriter());

    @BeforeAll
    static void start() { server = Rdf4jSparqlServer.start("loader", "s3cret"); }

    @AfterAll
    static void stop() { server.close(); }

    @Test
    void everyGraphArrivesAsTheLocalLoadMakesIt(@TempDir Path dir) {
        GspTarget.Result r = GspTarget.load(TestProject.CONFIG, TestProject.curated(), server.gspUrl(), LOADER, QUIET);
        // the graphs of a real local load, whatever they are: records, counts, anything the load derives
        try (KgStore local = KgStore.open(TestProject.CONFIG, dir)) {
            StoreLoader.load(local, TestProject.curated());
            List<String> graphs = local.dataset().calculateRead(() -> {
                List<String> names = new java.util.ArrayList<>();
                local.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
                return names;
            });
            assertTrue(graphs.size() >= 3, "a load makes several graphs: " + graphs.size());
            assertEquals(graphs.size(), r.graphs());
            long total = 0;
            for (String g : graphs) {
                Model expected = local.dataset().calculateRead(() ->
                        Rdf4j.fromTriples(local.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(g)).find().toList()));
                Model there = server.graph(g);
                assertTrue(Models.isomorphic(expected, there), "graph " + g + ": " + expected.size() + " triples here, " + there.size() + " there");
                total += expected.size();
            }
            assertEquals(total, r.triples());
        }
        assertTrue(server.requests().stream().filter(q -> q.method().equals("PUT") && q.authorized()).allMatch(q -> q.status() / 100 == 2));
    }

    @Test
    void badRecordsSendNothing(@TempDir Path dir) {
        int before = server.requests().size();
        Path data = TestProject.fixtureData(dir, "missing-quote");
        assertThrows(LoadException.class, () -> GspTarget.load(TestProject.CONFIG, TestProject.withData(data), server.gspUrl(), LOADER, QUIET));
        assertEquals(before, server.requests().size(), "no request reached the target");
    }

    @Test
    void aRefusedPasswordIsAClearErrorAndSendsNothing() {
        long graphsBefore = server.contents().contexts().size();
        StoreException e = assertThrows(StoreException.class, () -> GspTarget.load(TestProject.CONFIG, TestProject.curated(), server.gspUrl(),
                Optional.of(new GspTarget.Credentials("loader", "wrong")), QUIET));
        assertTrue(e.getMessage().contains("401") && e.getMessage().contains("nothing was sent"), e.getMessage());
        List<Rdf4jSparqlServer.Request> puts = server.requests().stream().filter(q -> q.method().equals("PUT") && !q.authorized()).toList();
        assertTrue(!puts.isEmpty() && puts.stream().allMatch(q -> q.status() == 401));
        assertEquals(graphsBefore, server.contents().contexts().size());
    }
}
