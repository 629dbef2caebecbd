package org.scamkg;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Virtuoso (Debian's {@code virtuoso-opensource}, 7.2) for tests and the benchmark: its own
 * database in a scratch directory, its own {@code virtuoso.ini} there, bound to two free loopback
 * ports (SQL and HTTP), started in the foreground as a child process and stopped with it. No
 * system service or system configuration is touched. The administrator is Virtuoso's default
 * {@code dba} with its default password, harmless on a fresh loopback-only database.
 *
 * <p>The scratch configuration lifts the limits that would make Virtuoso answer differently from
 * the embedded store without saying so: {@code ResultSetMaxRows} (a capped answer looks complete)
 * and {@code MaxQueryExecutionTime} (an "anytime" query returns partial results at its limit);
 * clients set their own time limits.
 */
public final class VirtuosoServer implements AutoCloseable {
    public static final String USER = "dba";
    public static final String PASSWORD = "dba";
    private Process process;
    private final Path dir;
    private final int sqlPort;
    private final int httpPort;

    private VirtuosoServer(Process process, Path dir, int sqlPort, int httpPort) {
        this.process = process;
        this.dir = dir;
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
    }

    /** The server binary, when the package is installed. */
    public static Optional<Path> binary() { return onPath("virtuoso-t"); }

    /** Virtuoso's SQL client (for bulk loads), when installed. */
    public static Optional<Path> isql() { return onPath("isql-vt").or(() -> onPath("isql")); }

    private static Optional<Path> onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * Starts a fresh Virtuoso with its database under {@code dir} (emptied first) and waits until
     * its SPARQL endpoint answers. Throws {@link IllegalStateException} with the end of its log when
     * it cannot start.
     */
    public static VirtuosoServer start(Path dir) throws IOException, InterruptedException {
        return start(dir, 60_000);
    }

    /**
     * As {@link #start(Path)}, with {@code buffers} pages of 8 KiB in Virtuoso's page cache
     * ({@code NumberOfBuffers}; the tests' 60,000 is about 470 MiB, the benchmark gives it more so
     * that its store, like ours, is read from memory).
     */
    public static VirtuosoServer start(Path dir, int buffers) throws IOException, InterruptedException {
        binary().orElseThrow(() -> new IllegalStateException("virtuoso-t is not installed (Debian package virtuoso-opensource)"));
        deleteTree(dir);
        Files.createDirectories(dir.resolve("db"));
        Files.createDirectories(dir.resolve("load"));
        int sql = freePort();
        int http = freePort();
        Path ini = dir.resolve("virtuoso.ini");
        Files.writeString(ini, config(dir.toAbsolutePath(), sql, http, buffers));
        VirtuosoServer v = new VirtuosoServer(null, dir, sql, http);
        v.launch();
        return v;
    }

    /**
     * Stops the server and starts it again on the same database and ports: the way to end what it
     * is still running, since Virtuoso goes on with a query after its client has given up.
     */
    public void restart() throws IOException, InterruptedException {
        close();
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        Path binary = binary().orElseThrow(() -> new IllegalStateException("virtuoso-t is not installed (Debian package virtuoso-opensource)"));
        Path ini = dir.resolve("virtuoso.ini");
        process = new ProcessBuilder(binary.toString(), "-f", "-c", ini.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("virtuoso.out").toFile())).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) throw new IllegalStateException("Virtuoso stopped at start (exit " + process.exitValue() + "):\n" + logTail());
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(sparqlUrl() + "?query=ASK%7B%7D"))
                        .timeout(Duration.ofSeconds(5)).header("Accept", "application/sparql-results+json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("Virtuoso did not answer within 120 s:\n" + logTail());
    }

    static String config(Path dir, int sql, int http, int buffers) {
        Path db = dir.resolve("db");
        return """
                ; scratch configuration written by the tests (VirtuosoServer): its own database, loopback only
                [Database]
                DatabaseFile       = %1$s/virtuoso.db
                ErrorLogFile       = %1$s/virtuoso.log
                LockFile           = %1$s/virtuoso.lck
                TransactionFile    = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel      = 7
                FileExtend         = 200
                Striping           = 0
                TempStorage        = TempDatabase

                [TempDatabase]
                DatabaseFile    = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx

                [Parameters]
                ServerPort         = 127.0.0.1:%2$d
                DisableUnixSocket  = 1
                CheckpointInterval = 60
                CaseMode           = 2
                DirsAllowed        = ., %3$s
                NumberOfBuffers    = %6$d
                MaxDirtyBuffers    = %7$d
                ThreadsPerQuery    = 2
                MaxClientConnections = 20

                [HTTPServer]
                ServerPort           = 127.0.0.1:%4$d
                ServerRoot           = %5$s
                ServerThreads        = 20
                MaxClientConnections = 20
                Charset              = UTF-8
                EnabledGzipContent   = 0

                [SPARQL]
                ResultSetMaxRows           = 100000000
                MaxQueryExecutionTime      = 0
                MaxQueryCostEstimationTime = 0
                """.formatted(db, sql, dir.resolve("load"), http, Files.isDirectory(Path.of("/var/lib/virtuoso-opensource-7/vsp"))
                        ? "/var/lib/virtuoso-opensource-7/vsp" : dir.toString(), buffers, buffers * 3 / 4);
    }

    public String sparqlUrl() { return "http://127.0.0.1:" + httpPort + "/sparql"; }

    /** The Graph Store Protocol endpoint that takes writes (Digest authentication as {@link #USER}). */
    public String gspUrl() { return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth"; }

    public int sqlPort() { return sqlPort; }

    /** The scratch directory holding the database, its configuration and logs. */
    public Path dir() { return dir; }

    /** The folder Virtuoso may load files from ({@code DirsAllowed}; for ld_dir bulk loads). */
    public Path loadDir() { return dir.resolve("load"); }

    /** Runs SQL statements through {@code isql-vt} as {@link #USER} (30 minutes at most: bulk loads); answers its output. */
    public String isql(String... statements) throws IOException, InterruptedException {
        return isql(Duration.ofMinutes(30), statements);
    }

    private String isql(Duration limit, String... statements) throws IOException, InterruptedException {
        Path client = isql().orElseThrow(() -> new IllegalStateException("isql-vt is not installed"));
        List<String> cmd = new ArrayList<>(List.of(client.toString(), "127.0.0.1:" + sqlPort, USER, PASSWORD));
        for (String s : statements) cmd.add("exec=" + s);
        // output to a file, so that the time limit holds even while isql says nothing
        Path log = Files.createTempFile(dir, "isql", ".out");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("isql did not finish in " + limit);
            }
            String out = Files.readString(log, StandardCharsets.ISO_8859_1);
            if (p.exitValue() != 0) throw new IllegalStateException("isql failed:\n" + out);
            return out;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The last lines of Virtuoso's log and console output. */
    public String logTail() {
        StringBuilder b = new StringBuilder();
        for (Path f : List.of(dir.resolve("virtuoso.out"), dir.resolve("db/virtuoso.log")))
            try {
                List<String> lines = Files.readAllLines(f, StandardCharsets.ISO_8859_1);
                b.append("== ").append(f.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))).append('\n');
            } catch (IOException e) {
                b.append("== ").append(f.getFileName()).append(": ").append(e.getMessage()).append('\n');
            }
        return b.toString();
    }

    /** Stops the server (a clean shutdown, then SIGKILL if it hangs). */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) return;
        try {
            // a clean shutdown waits for the queries still running, which can take many minutes
            isql(Duration.ofSeconds(30), "shutdown;");
        } catch (IOException | RuntimeException e) {
            // fall through to signals
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
