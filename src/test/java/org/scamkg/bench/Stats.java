package org.scamkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Small measuring helpers: percentiles, directory sizes, and peak heap from a JVM's GC log. */
final class Stats {
    private Stats() {}

    /** The p-th percentile (0–100) of the values, nearest rank. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /**
     * Bytes the directory takes on disk. TDB2 files are sparse (mapped in 8 MiB chunks), so their
     * lengths overstate the store; {@code du} counts allocated blocks, as a user sees them.
     */
    static long directorySize(Path dir) {
        if (!Files.exists(dir)) return 0;
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes()).strip();
            if (du.waitFor() != 0) throw new IOException("du failed: " + out);
            return Long.parseLong(out.split("\\s+")[0]) * 1024;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /**
     * The most heap in use at any collection, in MiB, from a {@code -Xlog:gc} file: the "before"
     * figure of each "123M->45M(2048M)" entry. It is what the application had live plus garbage
     * not yet collected, so it bounds the heap the run needed from above.
     */
    static long peakHeapMiB(Path gcLog) {
        if (!Files.exists(gcLog)) return -1;
        long peak = 0;
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                while (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return peak;
    }

    static String mib(long bytes) { return String.format("%,d MiB", bytes / (1024 * 1024)); }

    /** A run that hit the time limit counts as infinitely long: it shows as "timed out". */
    static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : Double.isInfinite(millis) ? "timed out" : millis < 10 ? String.format("%.1f ms", millis) : String.format("%,.0f ms", millis);
    }

    static String ratio(double a, double b) { return b <= 0 || Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b) ? "–" : String.format("%.2f×", a / b); }
}
