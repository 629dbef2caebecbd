package org.scamkg.generate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes a synthetic data tree for benchmarks, in exactly the formats of {@code data/}:
 * {@code registry/*.csv}, {@code sources/<slug>.yml}, {@code texts/<slug>.txt},
 * {@code names/honorifics.csv} (the project's, copied), and FollowTheMoney lines in
 * {@code ftm/synthetic.jsonl}, a directory the curated loader does not read (import it with
 * {@code import-ftm}).
 *
 * <p>The tree is the shared world (agencies, provinces, posts and their holders, and the directory
 * source that attests them) plus {@code scale} units, each an article with its entities, written
 * as it is made: only the open registry files and the current unit are in memory, so memory stays
 * constant whatever the scale. The output is a function of scale and seed alone: no clock, no hash
 * order, {@code \n} line endings, UTF-8.
 */
public final class SyntheticDataGenerator {
    /** Where the FollowTheMoney lines go, relative to the data tree. */
    public static final String FTM_FILE = "ftm/synthetic.jsonl";
    private static final long PROGRESS_MILLIS = 2000;
    private static final int PROGRESS_UNITS = 1000;

    /** What a run wrote. */
    public record Result(int units, long sources, long ftmLines, long bytes, long millis) {}

    private SyntheticDataGenerator() {}

    /**
     * Generates the tree into {@code out}, which must not exist or be empty (a smaller earlier run
     * left in place would otherwise be mixed in). {@code honorifics} is the project's
     * {@code data/names/honorifics.csv}. Progress lines go to {@code progress}.
     */
    public static Result generate(Path out, int scale, long seed, Path honorifics, PrintWriter progress) {
        if (scale < 1) throw new IllegalArgumentException("scale must be at least 1, not " + scale);
        long started = System.nanoTime();
        try {
            prepare(out);
            Path sources = Files.createDirectories(out.resolve("sources"));
            Path texts = Files.createDirectories(out.resolve("texts"));
            Files.createDirectories(out.resolve("names"));
            Files.copy(honorifics, out.resolve("names/honorifics.csv"));
            SyntheticWorld world = new SyntheticWorld(seed);
            long written = 0;
            long ftmLines;
            try (RegistryFiles registry = new RegistryFiles(out.resolve("registry"));
                 FtmLines ftm = new FtmLines(out.resolve(FTM_FILE))) {
                world.writeRegistry(registry);
                write(world.directory(), sources, texts);
                written++;
                long lastReport = System.nanoTime();
                for (int unit = 1; unit <= scale; unit++) {
                    UnitArticle article = new UnitArticle(seed, unit, world);
                    UnitRegistryRows.write(article.identity(), registry);
                    write(article.source(), sources, texts);
                    UnitFtmEntities.write(seed, article.identity(), ftm);
                    written++;
                    long now = System.nanoTime();
                    if (unit % PROGRESS_UNITS == 0 || (now - lastReport) / 1_000_000 >= PROGRESS_MILLIS) {
                        progress.printf(Locale.ROOT, "… %d of %d units (%d%%), %.1f s%n", unit, scale, (int) (100L * unit / scale),
                                (now - started) / 1e9);
                        progress.flush();
                        lastReport = now;
                    }
                }
                ftmLines = ftm.lines();
            }
            // Sized once every file is closed and flushed.
            return new Result(scale, written, ftmLines, size(out), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void prepare(Path out) throws IOException {
        if (Files.exists(out)) {
            if (!Files.isDirectory(out)) throw new IllegalArgumentException(out + " exists and is not a directory");
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent())
                    throw new IllegalArgumentException(out + " is not empty: generate writes a whole data tree into a new or empty directory");
            }
        }
        Files.createDirectories(out);
    }

    private static void write(SourceRecord s, Path sources, Path texts) throws IOException {
        String record = s.render();
        Files.writeString(texts.resolve(s.textFile()), s.text(), StandardCharsets.UTF_8);
        Files.writeString(sources.resolve(s.slug() + ".yml"), record, StandardCharsets.UTF_8);
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            long total = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) total += Files.size(p);
            return total;
        }
    }
}
