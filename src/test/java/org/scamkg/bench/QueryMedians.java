package org.scamkg.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.store.KgStore;

/**
 * Before/after timing of chosen canned queries on one store, without the whole harness: the same
 * parameter picks as {@link QueryBench}, a few warm-up runs, then the median of the measured runs,
 * the row count and a SHA-256 of the CSV answer (so two versions of a query can be shown to give
 * byte-identical output on a generated graph, not only on the golden cases).
 *
 * <pre>
 * java -cp "$(bin/test-classpath)" org.scamkg.bench.QueryMedians STORE QUERIES_DIR RUNS [QUERY[@k=v&amp;k=v]…]
 * </pre>
 */
public final class QueryMedians {
    private QueryMedians() {}

    /** {@code k=v&k=v}: parameters given instead of the harness's picks ({@code query@} for none). */
    private static Map<String, String> given(String spec) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String kv : spec.split("&"))
            if (kv.contains("=")) out.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        return out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || args[0].equals("--help")) {
            System.out.println("usage: QueryMedians STORE QUERIES_DIR RUNS [QUERY[@k=v&k=v]…]  (every canned query when none is named; @ gives the parameters instead of the picks)");
            return;
        }
        Path store = Path.of(args[0]);
        QueryCatalog catalog = QueryCatalog.load(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        List<String> names = args.length > 3 ? List.of(args).subList(3, args.length) : catalog.names();
        try (KgStore kg = KgStore.open(Path.of("fuseki-config"), store)) {
            QueryRunner runner = new QueryRunner(kg.dataset(), 600_000);
            for (String arg : names) {
                String name = arg.contains("@") ? arg.substring(0, arg.indexOf('@')) : arg;
                CannedQuery q = catalog.get(name).orElseThrow(() -> new IllegalArgumentException("no query " + name));
                Map<String, String> params = arg.contains("@") ? given(arg.substring(arg.indexOf('@') + 1)) : QueryBench.params(q, kg);
                if (Boolean.getBoolean("plan")) // -Dplan=true: the optimised algebra of the bound query, as qparse --print=opt shows it
                    System.out.println(org.apache.jena.sparql.algebra.Algebra.optimize(org.apache.jena.sparql.algebra.Algebra.compile(
                            org.scamkg.query.ParameterSubstitution.apply(q.query(), org.scamkg.query.ParameterBinder.bind(q, params)))));
                List<Double> times = new ArrayList<>();
                RowSetRewindable last = null;
                for (int i = 0; i < runs + 1; i++) { // the first run is a warm-up
                    long t0 = System.nanoTime();
                    last = runner.select(q, params);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (i > 0) times.add(ms);
                }
                last.reset();
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(csv, org.apache.jena.query.ResultSet.adapt(last));
                String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv.toByteArray())).substring(0, 16);
                System.out.printf("%-30s median %9.1f ms  min %9.1f ms  rows %,7d  sha %s  %s%n", name,
                        Stats.percentile(times, 50), times.stream().mapToDouble(d -> d).min().orElse(0),
                        last.size(), sha, params);
            }
        }
    }
}
