package org.scamkg.load;

import org.scamkg.common.Problem;

import org.scamkg.common.LoadException;

import org.scamkg.common.DisplayPath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.TestProject;

/**
 * Runs every record fixture under {@code src/test/resources/records/}: the {@code _base} tree
 * must load cleanly, and each case (the base with the case's files laid over it) must be
 * rejected with exactly the lines of its {@code expected-errors.txt}. A new case is a new
 * directory; no Java changes.
 */
class RecordFixturesTest {
    static Stream<String> badCases() throws IOException {
        try (Stream<Path> s = Files.list(TestProject.TEST_RESOURCES.resolve("records"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("expected-errors.txt")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void baseFixtureLoadsCleanly(@TempDir Path dir) {
        Path data = TestProject.fixtureData(dir, null);
        LoadedData loaded = CuratedValidation.run(TestProject.withData(data));
        assertTrue(loaded.graphs().contains("https://w3id.org/scamkg/graph/fixture-article"), loaded.graphs().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void badRecordIsRejectedWithFileLineFieldAndReason(String caseName, @TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, caseName);
        LoadException e = assertThrows(LoadException.class, () -> CuratedValidation.run(TestProject.withData(data)));
        String prefix = DisplayPath.of(dir) + "/";
        List<String> actual = e.problems().stream().map(Problem::toString).map(l -> l.replace(prefix, "")).toList();
        List<String> expected = Files.readAllLines(TestProject.TEST_RESOURCES.resolve("records").resolve(caseName).resolve("expected-errors.txt"))
                .stream().filter(l -> !l.isBlank()).toList();
        assertEquals(expected, actual, "problems reported for case " + caseName);
    }
}
