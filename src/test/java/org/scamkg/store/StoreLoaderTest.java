package org.scamkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.TestStores;
import org.scamkg.common.LoadException;
import org.scamkg.query.NameSearch;

/** Loading into a real TDB2 store on disk: one transaction, nothing written on failure. */
class StoreLoaderTest {
    static List<String> content(KgStore store) { return TestStores.content(store); }

    /**
     * Issue 17 item 14: the fingerprint was taken before the records were read, so a file changed
     * during a load was stored under a fingerprint that did not match what was read, and serve took
     * the store for current. A load whose files change while it reads them now writes nothing.
     */
    @Test
    void aFileChangedDuringTheLoadFailsItAndTheStoreIsUnchanged(@TempDir Path dir) throws Exception {
        Path data = TestProject.fixtureData(dir, null);
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            StoreLoader.load(store, TestProject.withData(data));
            List<String> before = content(store);
            String fingerprint = DataFingerprint.lastLoaded(store.storeDir()).orElseThrow();
            Path registry = data.resolve("registry/persons.csv");
            StoreException e = assertThrows(StoreException.class, () -> StoreLoader.load(store, TestProject.withData(data),
                    new java.io.PrintWriter(java.io.Writer.nullWriter()), () -> {
                        try {
                            Files.writeString(registry, Files.readString(registry) + "# a curator's edit\n".replace("# a curator's edit", "sok-dara,Sok Dara,,,,place/fixture-land,"));
                        } catch (java.io.IOException x) {
                            throw new java.io.UncheckedIOException(x);
                        }
                    }));
            assertTrue(e.getMessage().contains("changed while they were being loaded"), e.getMessage());
            assertEquals(before, content(store));
            assertEquals(fingerprint, DataFingerprint.lastLoaded(store.storeDir()).orElseThrow(), "the fingerprint of what the store holds");
            assertTrue(StoreLoader.needsLoad(store, TestProject.withData(data)), "the edit is still to be loaded");
        }
    }

    @Test
    void rejectedLoadLeavesTheStoreExactlyAsItWas(@TempDir Path dir) {
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            StoreLoader.load(store, TestProject.curated());
            List<String> before = content(store);
            Path bad = TestProject.fixtureData(dir.resolve("bad"), "unresolved-reference");
            assertThrows(LoadException.class, () -> StoreLoader.load(store, TestProject.withData(bad)));
            List<String> after = content(store);
            assertEquals(before.size(), after.size(), "quad count");
            assertEquals(before, after, "content");
        }
    }

    @Test
    void reloadReplacesCuratedGraphsAndKeepsImportsAndUserGraphs(@TempDir Path dir) {
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            StoreLoader.load(store, TestProject.curated());
            Quad imported = Quad.create(NodeFactory.createURI("https://w3id.org/scamkg/graph/import/test"),
                    NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"), NodeFactory.createURI("urn:x:c"));
            Quad user = Quad.create(NodeFactory.createURI("urn:x:notes"),
                    NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"), NodeFactory.createURI("urn:x:c"));
            Quad stale = Quad.create(NodeFactory.createURI("https://w3id.org/scamkg/graph/a-source-since-removed"),
                    NodeFactory.createURI("urn:x:a"), NodeFactory.createURI("urn:x:b"), NodeFactory.createURI("urn:x:c"));
            store.dataset().executeWrite(() -> {
                store.dataset().asDatasetGraph().add(imported);
                store.dataset().asDatasetGraph().add(user);
                store.dataset().asDatasetGraph().add(stale);
            });
            Path fixture = TestProject.fixtureData(dir.resolve("fixture"), null);
            StoreLoader.load(store, TestProject.withData(fixture));
            store.dataset().executeRead(() -> {
                var dsg = store.dataset().asDatasetGraph();
                assertTrue(dsg.contains(imported), "imported graph kept");
                assertTrue(dsg.contains(user), "user graph kept");
                assertFalse(dsg.contains(stale), "curated graph of a removed source dropped");
                assertFalse(dsg.containsGraph(NodeFactory.createURI("https://w3id.org/scamkg/graph/camboja-2022-09-pm-worst-country")),
                        "sources not in the new data are gone");
                assertTrue(dsg.containsGraph(NodeFactory.createURI("https://w3id.org/scamkg/graph/fixture-article")));
            });
        }
    }

    @Test
    void storeNeedsLoadWhenEmptyOrRecordsChanged(@TempDir Path dir) throws Exception {
        Path data = TestProject.fixtureData(dir, null);
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            assertTrue(StoreLoader.needsLoad(store, TestProject.withData(data)), "empty store");
            StoreLoader.load(store, TestProject.withData(data));
            assertFalse(StoreLoader.needsLoad(store, TestProject.withData(data)), "just loaded");
            Path yml = data.resolve("sources/fixture-article.yml");
            Files.writeString(yml, Files.readString(yml) + "\n# an edit\n");
            assertTrue(StoreLoader.needsLoad(store, TestProject.withData(data)), "records changed");
        }
    }

    @Test
    void nameIndexFollowsEveryLoadAddingAndRemovingNames(@TempDir Path dir) {
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            StoreLoader.load(store, TestProject.curated());
            NameSearch search = new NameSearch(store.dataset(), 10_000);
            assertFalse(search.search("sokha", 10).isEmpty(), "curated name indexed");
            assertTrue(search.search("lena vos", 10).isEmpty());
            StoreLoader.load(store, TestProject.withData(TestProject.fixtureData(dir.resolve("fixture"), null)));
            assertEquals("https://w3id.org/scamkg/id/person/lena-vos", search.search("lena vos", 10).get(0).entity(), "new name indexed");
            assertTrue(search.search("sokha", 10).isEmpty(), "names of replaced graphs leave the index");
        }
    }

    @Test
    void storeSurvivesReopening(@TempDir Path dir) {
        Path storeDir = dir.resolve("store");
        List<String> first;
        try (KgStore store = KgStore.open(TestProject.CONFIG, storeDir)) {
            StoreLoader.load(store, TestProject.curated());
            first = content(store);
        }
        try (KgStore store = KgStore.open(TestProject.CONFIG, storeDir)) {
            assertEquals(first, content(store));
        }
    }
}
