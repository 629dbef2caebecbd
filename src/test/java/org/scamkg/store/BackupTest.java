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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Issue 17 item 12: an empty gzip restored 0 quads with exit 0; a backup cut at a line break
     * restored what was left under the full fingerprint; an altered one went unnoticed. Each is
     * refused now by the backup's own end line (count and checksum), the store unchanged.
     */
    @Test
    void onlyWhatTheBackupVouchesForIsRestored(@TempDir Path dir) throws Exception {
        Path backup = dir.resolve("kg.nq.gz");
        try (KgStore s = loaded(dir.resolve("a"))) {
            long n = Backup.write(s, backup, QUIET);
            Set<Quad> before = quads(s);
            List<String> lines = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(backup)).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(lines.get(lines.size() - 1).startsWith(BackupCheck.END + n + " quads, sha256 "), lines.get(lines.size() - 1));

            Map<String, byte[]> bad = new LinkedHashMap<>();
            bad.put("empty", new byte[0]);
            bad.put("cut at a line break", joined(lines.subList(0, lines.size() / 2)));
            bad.put("without its end line", joined(lines.subList(0, lines.size() - 1)));
            List<String> altered = new ArrayList<>(lines);
            altered.set(5, altered.get(5).replace("<https://w3id.org/scamkg/", "<https://w3id.org/scamkq/"));
            bad.put("one quad altered", joined(altered));
            List<String> extra = new ArrayList<>(lines.subList(0, lines.size() - 1));
            extra.add("<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g> .");
            extra.add(lines.get(lines.size() - 1));
            bad.put("one quad added", joined(extra));
            List<String> after = new ArrayList<>(lines);
            after.add("<urn:x:s> <urn:x:p> <urn:x:o> <urn:x:g> .");
            bad.put("a quad after the end line", joined(after));
            for (Map.Entry<String, byte[]> c : bad.entrySet()) {
                Path f = dir.resolve("bad.nq.gz");
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
                    out.write(c.getValue());
                }
                StoreException e = assertThrows(StoreException.class, () -> Backup.restore(s, f, QUIET), c.getKey());
                assertTrue(e.getMessage().contains("the store is unchanged") && !e.getMessage().contains("\n"), c.getKey() + ": " + e.getMessage());
                assertEquals(before, quads(s), c.getKey());
            }
            byte[] gz = Files.readAllBytes(backup);
            Path truncated = dir.resolve("truncated.nq.gz");
            Files.write(truncated, Arrays.copyOf(gz, gz.length - 20));
            assertThrows(StoreException.class, () -> Backup.restore(s, truncated, QUIET), "gzip cut short");
            assertEquals(before, quads(s));
        }
    }

    /**
     * A backup written before backups had their end line is refused (restore cannot vouch for it),
     * and the message says so and what to do: restore it with its own version and back up again,
     * or rebuild from data/.
     */
    @Test
    void aBackupFromAnOlderVersionIsRefusedWithWhatToDo(@TempDir Path dir) throws Exception {
        Path backup = dir.resolve("kg.nq.gz");
        try (KgStore s = loaded(dir.resolve("a"))) {
            Backup.write(s, backup, QUIET);
            List<String> lines = new String(new java.util.zip.GZIPInputStream(Files.newInputStream(backup)).readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            Path old = dir.resolve("old.nq.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(old))) {
                out.write(joined(lines.subList(0, lines.size() - 1))); // as older versions wrote them: header and quads, no end line
            }
            Set<Quad> before = quads(s);
            StoreException e = assertThrows(StoreException.class, () -> Backup.restore(s, old, QUIET));
            assertTrue(e.getMessage().contains("older version of scamkg") && e.getMessage().contains("bin/scamkg backup")
                    && e.getMessage().contains("bin/scamkg load") && !e.getMessage().contains("\n"), e.getMessage());
            assertEquals(before, quads(s));
        }
    }

    /** A gzip bomb (a few hundred KiB that expand to 300 MB of one line) is refused in bounded memory, in one line. */
    @Test
    void aDecompressionBombIsRefusedWithoutFillingTheHeap(@TempDir Path dir) throws Exception {
        Path bomb = dir.resolve("bomb.nq.gz");
        byte[] zeros = new byte[1 << 20];
        Arrays.fill(zeros, (byte) 'a');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            out.write((Backup.FINGERPRINT + "none\n<urn:x:s> <urn:x:p> \"").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) out.write(zeros);
        }
        assertTrue(Files.size(bomb) < 2 * 1024 * 1024, "a small file: " + Files.size(bomb));
        try (KgStore s = KgStore.open(TestProject.CONFIG, dir.resolve("s"))) {
            StoreException e = assertThrows(StoreException.class, () -> Backup.restore(s, bomb, QUIET));
            assertTrue(e.getMessage().contains("longer than") && !e.getMessage().contains("\n"), e.getMessage());
            assertTrue(s.isEmpty());
        }
    }

    static byte[] joined(List<String> lines) {
        return lines.stream().map(l -> l + "\n").collect(java.util.stream.Collectors.joining()).getBytes(StandardCharsets.UTF_8);
    }
}
