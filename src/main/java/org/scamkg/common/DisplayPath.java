package org.scamkg.common;

import java.nio.file.Path;

/** How a path is shown in messages: relative to the working directory when inside it. */
public final class DisplayPath {
    private DisplayPath() {}

    public static String of(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
