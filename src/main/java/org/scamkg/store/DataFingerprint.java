package org.scamkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A SHA-256 over every file of {@code data/} and {@code ontology/} (relative path and bytes),
 * written beside the store after a successful load, so {@code serve} reloads only when the
 * curated records changed. Written after the commit: a crash in between costs one extra reload,
 * never a stale store.
 */
public final class DataFingerprint {
    static final String FILE = "loaded-data.sha256";

    private DataFingerprint() {}

    public static String of(Path... dirs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) continue;
                List<Path> files;
                try (Stream<Path> s = Files.walk(dir)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(Files.readAllBytes(f));
                    md.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Optional<String> lastLoaded(Path storeDir) {
        Path f = storeDir.resolve(FILE);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void recordLoaded(Path storeDir, String fingerprint) {
        try {
            Files.writeString(storeDir.resolve(FILE), fingerprint + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a restore from a backup that names no records: the next serve loads data/ again. */
    public static void forget(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String RESTORED = "restored-from-backup";

    /** After a restore: {@code serve} keeps the restored graphs instead of reloading data/ (until a load). */
    public static void markRestored(Path storeDir, String backupName) {
        try {
            Files.writeString(storeDir.resolve(RESTORED), backupName + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The backup the store was restored from, when no load has happened since. */
    public static Optional<String> restoredFrom(Path storeDir) {
        Path f = storeDir.resolve(RESTORED);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void clearRestored(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(RESTORED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
