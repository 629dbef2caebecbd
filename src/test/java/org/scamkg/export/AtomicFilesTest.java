package org.scamkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export that fails half-way (issue 17 item 10: a bad character once stopped the RDF/XML
 * writer and left a partial file; a release stopped with no checksums) leaves what was there
 * before, and no partial file beside it.
 */
class AtomicFilesTest {
    @Test
    void aFailedWriteLeavesTheEarlierFileAndNoPartialOne(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("scamkg.rdf");
        Files.writeString(target, "the earlier export");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new export".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the writer stopped");
        }));
        assertEquals("the earlier export", Files.readString(target));
        assertEquals(List.of(target), list(dir));

        AtomicFiles.write(target, out -> {
            out.write("the new export".getBytes(StandardCharsets.UTF_8));
            return null;
        });
        assertEquals("the new export", Files.readString(target));
        assertEquals(List.of(target), list(dir));
    }

    @Test
    void aFailedReleaseLeavesTheEarlierRelease(@TempDir Path dir) throws IOException {
        Path release = dir.resolve("release");
        AtomicFiles.directory(release, work -> {
            Files.writeString(work.resolve("scamkg.nt"), "first");
            Files.writeString(work.resolve("SHA256SUMS"), "sums");
            return null;
        });
        assertThrows(IOException.class, () -> AtomicFiles.directory(release, work -> {
            Files.writeString(work.resolve("scamkg.nt"), "second, half");
            throw new IOException("stopped before the checksums");
        }));
        assertEquals("first", Files.readString(release.resolve("scamkg.nt")));
        assertEquals(List.of(release), list(dir));
        assertEquals(List.of(release.resolve("SHA256SUMS"), release.resolve("scamkg.nt")), list(release));
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
