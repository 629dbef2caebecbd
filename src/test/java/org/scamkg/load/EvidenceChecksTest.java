package org.scamkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.common.LoadException;
import org.scamkg.common.NameNormaliser;

/**
 * The evidence checks cannot be switched off by accident (issue 17): quotes are checked against
 * the source's text unless the record says, with a reason, that the text may not be shared.
 */
class EvidenceChecksTest {
    static final Path FIXTURE_SOURCE = Path.of("sources/fixture-article.yml");

    /** Deleting data/texts/ once made every quote unchecked; now each source says its text is missing. */
    @Test
    void withoutTheTextsDirectoryEverySourceIsRefused(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        deleteTree(data.resolve("texts"));
        LoadException e = assertThrows(LoadException.class, () -> CuratedValidation.run(TestProject.withData(data)));
        assertTrue(e.problems().stream().anyMatch(p -> p.toString().contains("source.file: the source's text") && p.toString().contains("is not there")),
                e.problems().toString());
    }

    /** The same for the curated data: every one of its sources names its text, and each text is needed. */
    @Test
    void theCuratedDataNeedsItsTexts(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        TestProject.copyTree(TestProject.DATA, data);
        deleteTree(data.resolve("texts"));
        LoadException e = assertThrows(LoadException.class, () -> CuratedValidation.run(TestProject.withData(data)));
        long sources;
        try (Stream<Path> s = Files.list(TestProject.DATA.resolve("sources"))) {
            sources = s.filter(p -> p.toString().endsWith(".yml")).count();
        }
        assertEquals(sources, e.problems().stream().filter(p -> p.toString().contains("is not there")).count(), e.problems().toString());
    }

    /** Saying so, with a reason, is the one way to load a source without its text; its quotes are then unchecked. */
    @Test
    void aSourceSaidNotRedistributableLoadsWithoutItsText(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        Path yml = data.resolve(FIXTURE_SOURCE);
        Files.writeString(yml, Files.readString(yml).replace("  file: fixture.txt", "  not_redistributable: the publisher's terms forbid copies"));
        Files.delete(data.resolve("texts/fixture.txt"));
        LoadedData loaded = CuratedValidation.run(TestProject.withData(data));
        assertTrue(loaded.graphs().contains("https://w3id.org/scamkg/graph/fixture-article"));

        Files.writeString(yml, Files.readString(yml).replace("the publisher's terms forbid copies", "\"\""));
        assertThrows(LoadException.class, () -> CuratedValidation.run(TestProject.withData(data)), "a reason is required");
    }

    @Test
    void aSourceMayNotBothNameItsTextAndSayItIsNotShared(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        Path yml = data.resolve(FIXTURE_SOURCE);
        Files.writeString(yml, Files.readString(yml).replace("  file: fixture.txt", "  file: fixture.txt\n  not_redistributable: why not"));
        LoadException e = assertThrows(LoadException.class, () -> CuratedValidation.run(TestProject.withData(data)));
        assertEquals(List.of("not both"), e.problems().stream().map(p -> p.toString().replaceAll(".*, ", "")).toList());
    }

    /**
     * Issue 17 item 19: a registry saved by a spreadsheet as "CSV UTF-8" begins with a byte-order
     * mark; it once gave an invisible-character error and a hundred follow-on errors. Accepted now,
     * in records too; a mark anywhere else is refused (ReaderFuzzTest).
     */
    @Test
    void filesThatBeginWithAByteOrderMarkLoad(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        for (Path f : List.of(data.resolve("registry/persons.csv"), data.resolve("registry/places.csv"), data.resolve(FIXTURE_SOURCE)))
            Files.writeString(f, "\uFEFF" + Files.readString(f));
        LoadedData loaded = CuratedValidation.run(TestProject.withData(data));
        assertTrue(loaded.graphs().contains("https://w3id.org/scamkg/graph/fixture-article"));
    }

    /**
     * Issue 17 item 11: a registry or a text linked to a file outside data/ was loaded and
     * published, and a parse error printed the first line of a linked credentials file. Refused
     * now, before anything is read, without a word of the linked file.
     */
    @Test
    void linksOutOfTheDataDirectoryAreRefusedWithoutReadingThem(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("elsewhere/credentials");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "root:SECRET-FIRST-LINE:0:0\nsecond\n");
        Path text = dir.resolve("elsewhere/fixture.txt");
        Path data = TestProject.fixtureData(dir, null);
        Files.move(data.resolve("texts/fixture.txt"), text);
        Files.createSymbolicLink(data.resolve("texts/fixture.txt"), text);
        Files.delete(data.resolve("registry/persons.csv"));
        Files.createSymbolicLink(data.resolve("registry/persons.csv"), secret);
        Files.createSymbolicLink(data.resolve("names"), secret.getParent());

        LoadException e = assertThrows(LoadException.class, () -> CuratedValidation.run(TestProject.withData(data)));
        String report = e.problems().toString() + e.getMessage();
        assertFalse(report.contains("SECRET"), report);
        assertEquals(3, e.problems().stream().filter(p -> p.toString().contains("outside the data directory")).count(), report);
        LoadException imp = assertThrows(LoadException.class, () -> NameNormaliser.of(data), "the FtM import reads data/names too");
        assertFalse(imp.problems().toString().contains("SECRET"));
    }

    @Test
    void linksInsideTheDataDirectoryAreFine(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        Files.move(data.resolve("texts/fixture.txt"), data.resolve("texts/fixture-original.txt"));
        Files.createSymbolicLink(data.resolve("texts/fixture.txt"), Path.of("fixture-original.txt"));
        assertTrue(CuratedValidation.run(TestProject.withData(data)).graphs().contains("https://w3id.org/scamkg/graph/fixture-article"));
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
