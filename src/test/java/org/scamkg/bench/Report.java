package org.scamkg.bench;

import java.util.List;
import java.util.Map;

/** The benchmark's one table, in Markdown: load, queries and HTTP, one column per scale. */
final class Report {
    private Report() {}

    static String markdown(List<Bench.Scale> scales, Map<String, String> machine, String args) {
        StringBuilder b = new StringBuilder();
        b.append("Machine: ").append(Bench.join(machine)).append("\n\n");
        b.append("| measure |");
        scales.forEach(s -> b.append(String.format(" scale %,d |", s.units())));
        b.append("\n| --- |");
        scales.forEach(s -> b.append(" --- |"));
        b.append('\n');
        row(b, "quads loaded", scales, s -> String.format("%,d", s.ours().quads()));
        row(b, "**load** scamkg (records → checked → TDB2 + text index)", scales,
                s -> String.format("%,.0f quads/s (%.0f s)", s.ours().perSecond(), s.ours().seconds()));
        row(b, "load Jena TDB2 bulk loader, phased (N-Quads → TDB2)", scales,
                s -> String.format("%,.0f quads/s (%.0f s)", s.jena().perSecond(), s.jena().seconds()));
        row(b, "load RDF4J NativeStore (N-Quads)", scales,
                s -> String.format("%,.0f quads/s (%.0f s)", s.rdf4j().perSecond(), s.rdf4j().seconds()));
        row(b, "scamkg load ÷ Jena bulk loader (target ≥ 0.80×)", scales, s -> Stats.ratio(s.ours().perSecond(), s.jena().perSecond()));
        row(b, "scamkg load ÷ RDF4J NativeStore", scales, s -> Stats.ratio(s.ours().perSecond(), s.rdf4j().perSecond()));
        row(b, "peak heap, scamkg load (-Xmx2g; target < 2 GiB)", scales, s -> String.format("%,d MiB", s.ours().peakHeapMiB()));
        row(b, "peak heap, server under the HTTP runs (-Xmx2g)", scales, s -> String.format("%,d MiB", s.serverPeakHeapMiB()));
        row(b, "store on disk: scamkg (TDB2 + text index)", scales, s -> Stats.mib(s.ours().storeBytes()));
        row(b, "store on disk: Jena bulk-loaded TDB2", scales, s -> Stats.mib(s.jena().storeBytes()));
        row(b, "store on disk: RDF4J NativeStore", scales, s -> Stats.mib(s.rdf4j().storeBytes()));
        List<String> names = scales.get(0).queries().stream().map(QueryBench.Result::query).toList();
        for (String q : names) {
            row(b, "**query** `" + q + "` median / p95, TDB2 (RDF4J; TDB2 ÷ RDF4J) [rows]", scales, s -> s.queries().stream()
                    .filter(r -> r.query().equals(q)).findFirst().map(Report::query).orElse("–"));
        }
        for (int i = 0; i < scales.get(0).http().size(); i++) {
            int k = i;
            row(b, String.format("**HTTP** %d clients: requests/s, p99, errors", scales.get(0).http().get(k).clients()), scales, s -> {
                HttpBench.Result r = s.http().get(k);
                return String.format("%,.1f/s, p99 %s, %d errors (of %,d)", r.perSecond(), Stats.ms(Stats.percentile(r.latencies(), 99)), r.errors(), r.requests());
            });
        }
        return b.toString();
    }

    private static String query(QueryBench.Result r) {
        double jm = Stats.percentile(r.tdb2(), 50);
        double rm = Stats.percentile(r.rdf4j(), 50);
        String rows = r.tdb2Rows() == r.rdf4jRows() ? String.format("%,d", r.tdb2Rows()) : String.format("%,d ≠ RDF4J %,d", r.tdb2Rows(), r.rdf4jRows());
        return String.format("%s / %s (%s / %s; %s) [%s]", Stats.ms(jm), Stats.ms(Stats.percentile(r.tdb2(), 95)), Stats.ms(rm),
                Stats.ms(Stats.percentile(r.rdf4j(), 95)), Stats.ratio(jm, rm), rows);
    }

    private static void row(StringBuilder b, String label, List<Bench.Scale> scales, java.util.function.Function<Bench.Scale, String> cell) {
        b.append("| ").append(label).append(" |");
        for (Bench.Scale s : scales) b.append(' ').append(cell.apply(s)).append(" |");
        b.append('\n');
    }
}
