package org.scamkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Exports that appear whole or not at all. A file is written next to its target under a
 * temporary name and moved into place only once complete; a directory (a release) is built
 * beside its target and swapped in at the end. A failure half-way leaves the earlier file or
 * directory as it was and no partial copy.
 */
public final class AtomicFiles {
    /** What writes the content; may throw. */
    @FunctionalInterface
    public interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    /** Builds a directory's content. */
    @FunctionalInterface
    public interface DirectoryBody<T> {
        T build(Path dir) throws IOException;
    }

    private AtomicFiles() {}

    public static <T> T write(Path target, Body<T> body) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".partial");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = body.write(out);
            }
            move(tmp, target);
            return result;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return null;
        });
    }

    /** Builds {@code target} in a sibling directory, then replaces {@code target} with it. */
    public static <T> T directory(Path target, DirectoryBody<T> body) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Files.createDirectories(abs.getParent());
        Path work = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".");
        Path old = null;
        try {
            T result = body.build(work);
            if (Files.exists(abs)) {
                old = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".old.");
                Files.delete(old);
                Files.move(abs, old);
            }
            Files.move(work, abs);
            return result;
        } finally {
            deleteTree(work);
            if (old != null) deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
