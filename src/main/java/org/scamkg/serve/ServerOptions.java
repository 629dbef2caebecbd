package org.scamkg.serve;

import java.nio.file.Path;
import java.util.Optional;

import org.scamkg.store.EndpointEngine;

/**
 * How to run the server: where to listen, which store and configuration to use, the password
 * file that enables the write endpoints, the query time limit, the most rows one SPARQL result
 * may hold, the largest Graph Store upload, and the public URL the server is reached at (behind a
 * proxy; advertised in /void), when it is not its own address; with {@code serve --sparql},
 * the external SPARQL endpoint that holds the graph instead of the embedded store; and how many
 * requests that read the graph may run at once (0 for no bound; {@link QueryAdmission}).
 */
public record ServerOptions(String host, int port, Path storeDir, Path configDir, Path queriesDir, Optional<Path> passwdFile,
                            long queryTimeoutSeconds, long maxRows, long maxUploadBytes, Optional<String> publicUrl,
                            Optional<EndpointEngine> engine, int concurrentRequests) {
    /** Two per processor: enough to keep every core busy while one request waits on its client. */
    public static final int DEFAULT_CONCURRENT_REQUESTS = 2 * Runtime.getRuntime().availableProcessors();

    /** The embedded store. */
    public ServerOptions(String host, int port, Path storeDir, Path configDir, Path queriesDir, Optional<Path> passwdFile,
                         long queryTimeoutSeconds, long maxRows, long maxUploadBytes, Optional<String> publicUrl) {
        this(host, port, storeDir, configDir, queriesDir, passwdFile, queryTimeoutSeconds, maxRows, maxUploadBytes, publicUrl, Optional.empty(),
                DEFAULT_CONCURRENT_REQUESTS);
    }

    /** The same options over an external SPARQL endpoint instead of the embedded store. */
    public ServerOptions over(EndpointEngine endpoint) {
        return new ServerOptions(host, port, storeDir, configDir, queriesDir, passwdFile, queryTimeoutSeconds, maxRows, maxUploadBytes, publicUrl,
                Optional.of(endpoint), concurrentRequests);
    }

    /** The same options with at most {@code n} requests reading the graph at once (0: no bound). */
    public ServerOptions withConcurrentRequests(int n) {
        if (n < 0) throw new IllegalArgumentException("concurrent requests must be 0 (no bound) or more, not " + n);
        return new ServerOptions(host, port, storeDir, configDir, queriesDir, passwdFile, queryTimeoutSeconds, maxRows, maxUploadBytes, publicUrl,
                engine, n);
    }

    public static final long DEFAULT_MAX_ROWS = 100_000;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 512L * 1024 * 1024;

    /** No public URL: the server advertises its own address. */
    public ServerOptions(String host, int port, Path storeDir, Path configDir, Path queriesDir, Optional<Path> passwdFile,
                         long queryTimeoutSeconds, long maxRows, long maxUploadBytes) {
        this(host, port, storeDir, configDir, queriesDir, passwdFile, queryTimeoutSeconds, maxRows, maxUploadBytes, Optional.empty());
    }

    /** The default row and upload limits. */
    public ServerOptions(String host, int port, Path storeDir, Path configDir, Path queriesDir, Optional<Path> passwdFile, long queryTimeoutSeconds) {
        this(host, port, storeDir, configDir, queriesDir, passwdFile, queryTimeoutSeconds, DEFAULT_MAX_ROWS, DEFAULT_MAX_UPLOAD_BYTES);
    }
}
