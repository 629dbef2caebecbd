package org.scamkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.scamkg.load.DataLayout;

/** Paths of the project as the tests see it: Maven runs them from the project directory. */
public final class TestProject {
    public static final Path ONTOLOGY = Path.of("ontology").toAbsolutePath();
    public static final Path DATA = Path.of("data").toAbsolutePath();
    public static final Path QUERIES = Path.of("queries").toAbsolutePath();
    public static final Path CONFIG = Path.of("fuseki-config").toAbsolutePath();
    public static final Path TEST_RESOURCES = Path.of("src/test/resources").toAbsolutePath();

    private TestProject() {}

    /** The curated data with the project's ontology. */
    public static DataLayout curated() { return new DataLayout(DATA, ONTOLOGY); }

    /** Another data directory with the project's ontology. */
    public static DataLayout withData(Path dataDir) { return new DataLayout(dataDir, ONTOLOGY); }

    /** Copies a directory tree onto {@code to}, replacing files that exist. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture base data tree, with a case's files laid over it, in {@code dir}/data. */
    public static Path fixtureData(Path dir, String caseName) {
        Path records = TEST_RESOURCES.resolve("records");
        Path data = dir.resolve("data");
        copyTree(records.resolve("_base/data"), data);
        if (caseName != null) copyTree(records.resolve(caseName).resolve("data"), data);
        return data;
    }
}
