package org.scamkg.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run the server: where to listen, which store and configuration to use, the password
 * file that enables the write endpoints, the query time limit, the most rows one SPARQL result
 * may hold, and the largest Graph Store upload.
 */
public record ServerOptions(String host, int port, Path storeDir, Path configDir, Path queriesDir, Optional<Path> passwdFile,
                            long queryTimeoutSeconds, long maxRows, long maxUploadBytes) {
    public static final long DEFAULT_MAX_ROWS = 100_000;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    /** The default row and upload limits. */
    public ServerOptions(String host, int port, Path storeDir, Path configDir, Path queriesDir, Optional<Path> passwdFile, long queryTimeoutSeconds) {
        this(host, port, storeDir, configDir, queriesDir, passwdFile, queryTimeoutSeconds, DEFAULT_MAX_ROWS, DEFAULT_MAX_UPLOAD_BYTES);
    }
}
