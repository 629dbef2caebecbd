package org.scamkg.store;

import org.scamkg.ftm.FtmImport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.util.Models;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.Rdf4j;
import org.scamkg.TestProject;
import org.scamkg.common.NameNormaliser;
import org.scamkg.query.NameSearch;

/** Backup and restore: a restored store is isomorphic to the original, index included; a bad file changes nothing. */
class BackupTest {
    static final PrintWriter QUIET = new PrintWriter(Writer.nullWriter());

    static KgStore loaded(Path dir) {
        KgStore s = KgStore.open(TestProject.CONFIG, dir);
        StoreLoader.load(s, TestProject.curated());
        FtmImport.run(s, TestProject.TEST_RESOURCES.resolve("ftm/every-schema.jsonl"), "test", NameNormaliser.of(TestProject.DATA), QUIET);
        return s;
    }

    static Set<Quad> quads(KgStore s) {
        return s.dataset().calculateRead(() -> new HashSet<>(s.dataset().asDatasetGraph().stream().toList()));
    }

    @Test
    void aRestoredStoreIsIsomorphicToTheOriginalAndItsIndexFollows(@TempDir Path dir) {
        Path backup = dir.resolve("kg.nq.gz");
        Set<Quad> original;
        try (KgStore s = loaded(dir.resolve("a"))) {
            original = quads(s);
            assertEquals(original.size(), Backup.write(s, backup, QUIET));
        }
        try (KgStore fresh = KgStore.open(TestProject.CONFIG, dir.resolve("b"))) {
            // something to be replaced
            fresh.dataset().executeWrite(() -> fresh.dataset().asDatasetGraph().add(NodeFactory.createURI("urn:x:g"),
                    NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                    NodeFactory.createLiteralString("Sokha Stale")));
            assertEquals(original.size(), Backup.restore(fresh, backup, QUIET));
            Set<Quad> restored = quads(fresh);
            assertTrue(Models.isomorphic(Rdf4j.fromQuads(original), Rdf4j.fromQuads(restored)), "isomorphic");
            var hits = new NameSearch(fresh.dataset(), 10_000).search("sokha", 20);
            assertTrue(hits.stream().anyMatch(h -> h.toString().contains("person/sar-sokha")), hits.toString());
            assertTrue(hits.stream().noneMatch(h -> h.toString().contains("urn:x:s")), "the replaced data left the index: " + hits);
            // the fingerprint travels with the backup: a serve of the same records does not reload
            assertTrue(!StoreLoader.needsLoad(fresh, TestProject.curated()));
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheStoreIsUnchanged(@TempDir Path dir) throws Exception {
        Path backup = dir.resolve("kg.nq.gz");
        try (KgStore s = loaded(dir.resolve("a"))) {
            Backup.write(s, backup, QUIET);
            Set<Quad> before = quads(s);
            // a backup cut short in the middle of a line
            byte[] text = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(backup)).readAllBytes(), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_8);
            Path cut = dir.resolve("cut.nq.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(cut))) {
                out.write(Arrays.copyOf(text, text.length / 2));
            }
            StoreException e = assertThrows(StoreException.class, () -> Backup.restore(s, cut, QUIET));
            assertTrue(e.getMessage().contains("the store is unchanged"), e.getMessage());
            assertEquals(before, quads(s));
            Path notGzip = dir.resolve("plain.nq.gz");
            Files.writeString(notGzip, "<urn:a> <urn:b> <urn:c> .\n");
            assertThrows(StoreException.class, () -> Backup.restore(s, notGzip, QUIET));
            assertEquals(before, quads(s));
        }
    }
}
