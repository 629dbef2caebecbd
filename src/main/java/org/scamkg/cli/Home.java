package org.scamkg.cli;

import java.nio.file.Path;

/**
 * The project directory that holds {@code data/}, {@code ontology/}, {@code queries/},
 * {@code fuseki-config/} and {@code run/}: the {@code scamkg.home} system property set by
 * {@code bin/scamkg}, or the working directory. Defaults resolve against it; paths a user types
 * resolve against the working directory as usual.
 */
public final class Home {
    private Home() {}

    static Path dir() {
        String h = System.getProperty("scamkg.home");
        return (h == null || h.isBlank() ? Path.of("") : Path.of(h)).toAbsolutePath().normalize();
    }

    /** The user's path if given, else {@code home/defaultRelative}. */
    public static Path orDefault(Path given, String defaultRelative) {
        return given != null ? given.toAbsolutePath().normalize() : dir().resolve(defaultRelative);
    }
}
