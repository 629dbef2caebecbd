package org.scamkg.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Symbolic links in the data directory may only point inside it. A registry or text linked to a
 * file elsewhere would be loaded and published (and a parse error would quote its first line):
 * each such link is refused before any file is read, and the target is never opened.
 */
public final class DataLinks {
    private DataLinks() {}

    /** Throws a {@link LoadException} naming every link that leaves {@code dataDir} or leads nowhere. */
    public static void refuseOutside(Path dataDir) {
        if (!Files.isDirectory(dataDir)) return;
        Problems problems = new Problems();
        try {
            Path root = dataDir.toRealPath();
            List<Path> links;
            try (Stream<Path> s = Files.walk(dataDir)) {
                links = s.filter(Files::isSymbolicLink).sorted().toList();
            }
            for (Path link : links) {
                Path target;
                try {
                    target = link.toRealPath();
                } catch (IOException e) {
                    problems.add(DisplayPath.of(link), 0, "-", "a symbolic link to nothing; refused");
                    continue;
                }
                if (!target.startsWith(root))
                    problems.add(DisplayPath.of(link), 0, "-", "a symbolic link to a file outside the data directory; refused (copy the file in instead)");
            }
        } catch (IOException e) {
            problems.add(DisplayPath.of(dataDir), 0, "-", "cannot list the data directory: " + e.getMessage());
        }
        problems.throwIfAny();
    }
}
