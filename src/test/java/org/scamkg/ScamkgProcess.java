package org.scamkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * {@code scamkg} in its own JVM, from the jar Maven built, as a user (or a crash) meets it: its
 * output is collected line by line, and it can be waited on or killed with SIGKILL.
 */
public final class ScamkgProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target/scamkg.jar").toAbsolutePath();
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ScamkgProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) lines.add(l);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "scamkg-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ScamkgProcess start(String... args) throws IOException {
        return startWith(java.util.Map.of(), args);
    }

    /** As {@link #start}, with these variables added to its environment (credentials, which never go on the command line). */
    public static ScamkgProcess startWith(java.util.Map<String, String> env, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dscamkg.home=" + Path.of("").toAbsolutePath(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        return new ScamkgProcess(pb.start());
    }

    /** The first match of {@code pattern} in the output, waiting for it; fails if the process ends first. */
    public Matcher await(Pattern pattern, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        int seen = 0;
        while (System.nanoTime() < end) {
            for (; seen < lines.size(); seen++) {
                Matcher m = pattern.matcher(lines.get(seen));
                if (m.find()) return m;
            }
            if (!process.isAlive() && seen >= lines.size()) throw new IllegalStateException("ended (" + process.exitValue() + ") before " + pattern + ":\n" + output());
            Thread.sleep(20);
        }
        throw new IllegalStateException("no " + pattern + " in " + limit + ":\n" + output());
    }

    public boolean isAlive() { return process.isAlive(); }

    /** SIGKILL: no shutdown hook, no flush, no commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public int waitFor(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) throw new IllegalStateException("still running after " + limit + ":\n" + output());
        return process.exitValue();
    }

    public String output() { return String.join("\n", lines); }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) kill();
        }
    }
}
