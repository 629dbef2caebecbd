package org.scamkg.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of the generator, from a {@link SplittableRandom} seeded by (seed, unit,
 * stream) alone. Keying every stream this way, rather than drawing from one sequence, lets any
 * unit's names be recomputed when a later unit refers to it (a licence to an earlier firm, a
 * dispute of an earlier claim) without keeping earlier units in memory, and keeps the output a
 * pure function of --scale and --seed. Floating point goes through {@link StrictMath}, whose
 * results are the same on every JVM (Math may use faster, platform-dependent intrinsics).
 */
final class Draws {
    /** Independent streams of one unit: what other units may recompute, and the rest. */
    enum Stream { WORLD, IDENTITY, CONTENT, FTM }

    private final SplittableRandom random;

    private Draws(long state) { this.random = new SplittableRandom(state); }

    static Draws of(long seed, long unit, Stream stream) {
        long h = mix(seed);
        h = mix(h ^ (unit * 0x9E3779B97F4A7C15L));
        h = mix(h + stream.ordinal() + 1);
        return new Draws(h);
    }

    /** SplitMix64's finaliser: neighbouring seeds and units give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A whole number in [lo, hi], both included. */
    int between(int lo, int hi) { return random.nextInt(lo, hi + 1); }

    long between(long lo, long hi) { return random.nextLong(lo, hi + 1); }

    <T> T pick(List<T> items) { return items.get(random.nextInt(items.size())); }

    /**
     * An index in [0, n) with probability proportional to 1/(index+1)^exponent: a few items are
     * chosen often, most rarely (Zipf's law, as who gets quoted and where compounds cluster).
     */
    int zipf(int n, double exponent) {
        double total = 0;
        for (int i = 1; i <= n; i++) total += StrictMath.pow(i, -exponent);
        double x = random.nextDouble() * total;
        for (int i = 1; i <= n; i++) {
            x -= StrictMath.pow(i, -exponent);
            if (x < 0) return i - 1;
        }
        return n - 1;
    }

    /** {@code count} distinct Zipf-distributed indices in [0, n), in the order drawn. */
    List<Integer> distinctZipf(int n, int count, double exponent) {
        if (count > n) throw new IllegalArgumentException("cannot draw " + count + " distinct of " + n);
        List<Integer> out = new ArrayList<>();
        while (out.size() < count) {
            int i = zipf(n, exponent);
            if (!out.contains(i)) out.add(i);
        }
        return out;
    }

    /**
     * A rank in [1, m] with probability close to proportional to 1/rank, for a range too large
     * to tabulate (every firm generated so far): log-uniform, the continuous form of Zipf's law
     * with exponent 1.
     */
    long powerLawRank(long m) {
        long r = (long) StrictMath.floor(StrictMath.exp(random.nextDouble() * StrictMath.log(m + 1.0)));
        return Math.max(1, Math.min(m, r));
    }
}
