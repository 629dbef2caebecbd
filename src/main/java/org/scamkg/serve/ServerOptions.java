package org.scamkg.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run the server: where to listen, which store and configuration to use, the password
 * file that enables the write endpoints, and the query time limit.
 */
public record ServerOptions(String host, int port, Path storeDir, Path configDir, Path queriesDir, Optional<Path> passwdFile,
                            long queryTimeoutSeconds) {}
