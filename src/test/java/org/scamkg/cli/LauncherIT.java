package org.scamkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;

/**
 * {@code bin/scamkg} as a user runs it, as a separate process over the jar Maven just built:
 * query on a fresh store, a refused load, --version and a usage error, and serve from start to stop.
 */
class LauncherIT {
    static final Path LAUNCHER = Path.of("bin/scamkg").toAbsolutePath();

    record Result(int exit, String out, String err) {}

    static Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "launcher finished");
        return new Result(p.exitValue(), out, err);
    }

    /** The benchmark's generator lives in the test sources: the product jar Maven built carries none of it. */
    @Test
    void theProductJarCarriesNoGeneratorOrBenchmark() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Path.of("target/scamkg.jar").toFile())) {
            List<String> test = jar.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.startsWith("org/scamkg/generate/") || n.startsWith("org/scamkg/bench/")).toList();
            assertTrue(test.isEmpty(), test.toString());
            assertTrue(jar.getEntry("org/scamkg/cli/ScamkgCommand.class") != null, "the jar is the product's");
        }
    }

    @Test
    void queryOnAFreshStoreReturnsTheFirmWithBothDatesAndTheSource(@TempDir Path dir) throws Exception {
        Result r = run("query", "raided-then-licensed", "--store", dir.resolve("store").toString(), "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String row = r.out().lines().filter(l -> l.contains("unnamed-firm-sihanoukville-compound")).findFirst().orElse("");
        assertTrue(row.contains("2022-09,") && row.contains("camboja-2022-09-pm-worst-country"), r.out());
    }

    @Test
    void theJarNamesItsVersionAndCommitAndWrongUsageExits2() throws Exception {
        Result v = run("--version");
        assertEquals(0, v.exit(), v.err());
        assertTrue(v.out().strip().matches("scamkg \\d\\S* \\(commit ([0-9a-f]{12}( with uncommitted changes)?|unknown)\\)"), v.out());
        Result bad = run("export", "--format", "xlsx", "--out", "x.xlsx");
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().startsWith("Invalid value for option '--format'"), bad.err());
    }

    @Test
    void corruptedRecordFileIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path data = TestProject.fixtureData(dir, "unknown-field");
        Result r = run("load", "--data", data.toString(), "--store", dir.resolve("store").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("fixture-article.yml:42: events[0].colour: unknown field"), r.err());
        assertTrue(r.err().contains("nothing was written"), r.err());
    }

    @Test
    void serveAnnouncesItsUrlAnswersAndStopsOnSignal(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder(LAUNCHER.toString(), "serve", "--port", "0", "--store", dir.resolve("store").toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) lines.add(l);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        try {
            Pattern ready = Pattern.compile("scamkg ready: (http://127\\.0\\.0\\.1:\\d+)/");
            String base = null;
            List<String> seen = new ArrayList<>();
            while (base == null) {
                String l = lines.poll(120, TimeUnit.SECONDS);
                assertTrue(l != null, "no ready line; saw: " + seen);
                seen.add(l);
                Matcher m = ready.matcher(l);
                if (m.find()) base = m.group(1);
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                    + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/scamkg/ontology#Claim> }", StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(Integer.parseInt(r.body().lines().skip(1).findFirst().orElse("0").strip()) > 0, r.body());
        } finally {
            p.toHandle().destroy(); // SIGTERM, as a service manager would; Process.destroy() would also close our end of its output
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "server stopped");
            reader.join(5000);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("scamkg stopped")), "clean stop logged (exit " + p.exitValue() + "): " + lines);
    }
}
