package org.scamkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a running {@code serve} leaves in its store directory ({@code server.properties}:
 * its address and process id), so that {@code query}, {@code search}, {@code export} and
 * {@code stats} on that store go through the server instead of failing on the store's lock
 * (TDB2 lets one process at a time open a store). A note whose process is gone is ignored: a
 * server killed without its shutdown hook leaves the store unlocked, and commands open it.
 */
final class RunningServer {
    static final String FILE = "server.properties";

    private RunningServer() {}

    /** Written once the server listens; removed when it stops. */
    static void announce(Path storeDir, String baseUrl) {
        Properties p = new Properties();
        p.setProperty("url", baseUrl);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path file = storeDir.resolve(FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "written by scamkg serve while it runs; other commands on this store go through it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void withdraw(Path storeDir) {
        try {
            Files.deleteIfExists(storeDir.resolve(FILE));
        } catch (IOException e) {
            // a stale note is harmless: its process is gone, so it is ignored
        }
    }

    /** The server holding this store, if one runs in another process. */
    static Optional<RemoteStore> find(Path storeDir) {
        Path file = storeDir.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(p.getProperty("pid", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String url = p.getProperty("url");
        if (url == null || pid == ProcessHandle.current().pid()) return Optional.empty();
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(new RemoteStore(url)) : Optional.empty();
    }

    /** The address a client on this machine uses for a server bound to {@code host}. */
    static String clientBase(String host, int port) {
        String h = host.equals("0.0.0.0") || host.isBlank() ? "127.0.0.1" : host.equals("::") || host.equals("[::]") ? "[::1]"
                : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port;
    }
}
