package org.scamkg.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.lib.FileOps;

/**
 * The FollowTheMoney import at the size OpenSanctions publishes: a generated file of N entities
 * (default a million), imported by {@code bin/scamkg import-ftm} in its own JVM with a bounded
 * heap, on a store holding the curated data. Reports lines, quads, seconds, entities per second
 * and the peak heap from the GC log. Run: {@code bin/bench-ftm [ENTITIES [HEAP]]}.
 *
 * <p>The file: per block of ten entities, three people (names, a birth date, a nationality, one in
 * fifty an invalid date kept verbatim), three companies, two directorships and a vessel with its
 * ownership; references point within the block or to earlier ones, so none dangles.
 */
public final class FtmImportBench {
    private FtmImportBench() {}

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        String heap = args.length > 1 ? args[1] : "512m";
        Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath();
        Path work = project.resolve("target/bench-ftm");
        Files.createDirectories(work);
        Path file = work.resolve("entities-" + n + ".jsonl");
        if (!Files.exists(file)) {
            System.err.printf("writing %,d entities to %s …%n", n, file);
            write(file, n);
        }
        Path store = work.resolve("store");
        FileOps.clearAll(store.toFile());
        Subprocess.scamkg(project, List.of("-Xmx" + heap), List.of("load", "--store", store.toString()), work.resolve("load.log"));
        Path gc = work.resolve("gc-import.log");
        long t0 = System.nanoTime();
        Process p = Subprocess.start(project, List.of("-Xmx" + heap, "-Xlog:gc:file=" + gc),
                List.of("import-ftm", file.toString(), "--dataset", "bench", "--store", store.toString()), work.resolve("import.log"));
        int rc = p.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        String out = Files.readString(work.resolve("import.log"));
        if (rc != 0) throw new IllegalStateException("import failed (" + rc + "): " + out);
        Matcher m = Pattern.compile("imported ([\\d,]+) entities \\(([\\d,]+) lines, ([\\d,]+) quads\\)").matcher(out);
        if (!m.find()) throw new IllegalStateException("no summary in: " + out);
        long entities = Long.parseLong(m.group(1).replace(",", ""));
        long quads = Long.parseLong(m.group(3).replace(",", ""));
        System.out.printf("| FtM import | %,d entities | %,d quads | %.0f s | %,.0f entities/s | %,.0f quads/s | peak heap %,d MiB (-Xmx%s) | %,d MiB file |%n",
                entities, quads, seconds, entities / seconds, quads / seconds, Stats.peakHeapMiB(gc), heap, Files.size(file) >> 20);
        System.out.println("progress lines: " + out.lines().filter(l -> l.startsWith("…")).count());
    }

    static void write(Path file, long n) throws Exception {
        Random r = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long b = 0; b * 10 < n; b++) {
                String x = Long.toString(b);
                for (int i = 0; i < 3; i++) {
                    String date = r.nextInt(50) == 0 ? "not a date" : (1950 + r.nextInt(50)) + "-0" + (1 + r.nextInt(9));
                    line(w, "p" + x + "-" + i, "Person", "\"name\":[\"Person " + x + "-" + i + "\"],\"birthDate\":[\"" + date + "\"],\"nationality\":[\"kh\"]");
                }
                for (int i = 0; i < 3; i++)
                    line(w, "c" + x + "-" + i, "Company", "\"name\":[\"Company " + x + "-" + i + "\"],\"jurisdiction\":[\"kh\"]");
                line(w, "d" + x + "-0", "Directorship", "\"director\":[\"p" + x + "-0\"],\"organization\":[\"c" + x + "-0\"],\"startDate\":[\"2020\"]");
                line(w, "d" + x + "-1", "Directorship", "\"director\":[\"p" + x + "-1\"],\"organization\":[\"c" + (b > 0 ? (b - 1) + "-1" : x + "-1") + "\"]");
                line(w, "v" + x, "Vessel", "\"name\":[\"Vessel " + x + "\"],\"imoNumber\":[\"IMO" + (1000000 + b) + "\"]");
                line(w, "o" + x, "Ownership", "\"owner\":[\"c" + x + "-2\"],\"asset\":[\"v" + x + "\"]");
            }
        }
    }

    private static void line(BufferedWriter w, String id, String schema, String props) throws Exception {
        w.write("{\"id\":\"" + id + "\",\"schema\":\"" + schema + "\",\"properties\":{" + props + "},\"datasets\":[\"bench\"]}\n");
    }
}
