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
        row(b, "load RDF4J NativeStore (N-Quads)", scales, s -> s.rdf4j().map(Report::load).orElse("not run"));
        row(b, "load Virtuoso bulk loader (N-Quads → ld_dir, rdf_loader_run)", scales, s -> s.virtuoso().map(Report::load).orElse("not run"));
        row(b, "scamkg load ÷ Jena bulk loader (target ≥ 0.90×)", scales, s -> Stats.ratio(s.ours().perSecond(), s.jena().perSecond()));
        row(b, "scamkg load ÷ RDF4J NativeStore", scales, s -> s.rdf4j().map(r -> Stats.ratio(s.ours().perSecond(), r.perSecond())).orElse("–"));
        row(b, "scamkg load ÷ Virtuoso bulk loader", scales, s -> s.virtuoso().map(r -> Stats.ratio(s.ours().perSecond(), r.perSecond())).orElse("–"));
        row(b, "peak heap, scamkg load (-Xmx2g; target < 2 GiB)", scales, s -> String.format("%,d MiB", s.ours().peakHeapMiB()));
        row(b, "peak heap, server under the HTTP runs (-Xmx2g)", scales, s -> String.format("%,d MiB", s.serverPeakHeapMiB()));
        row(b, "store on disk: scamkg (TDB2 + text index)", scales, s -> Stats.mib(s.ours().storeBytes()));
        row(b, "store on disk: Jena bulk-loaded TDB2", scales, s -> Stats.mib(s.jena().storeBytes()));
        row(b, "store on disk: RDF4J NativeStore", scales, s -> s.rdf4j().map(r -> Stats.mib(r.storeBytes())).orElse("–"));
        row(b, "store on disk: Virtuoso", scales, s -> s.virtuoso().map(r -> Stats.mib(r.storeBytes())).orElse("–"));
        boolean rdf4j = scales.stream().anyMatch(s -> s.rdf4j().isPresent());
        List<String> names = scales.get(0).queries().stream().map(QueryBench.Result::query).toList();
        for (String q : names) {
            row(b, "**query** `" + q + "` in process, median / p95, TDB2" + (rdf4j ? " (RDF4J; TDB2 ÷ RDF4J)" : "") + " [rows]", scales, s -> s.queries().stream()
                    .filter(r -> r.query().equals(q)).findFirst().map(Report::query).orElse("–"));
        }
        for (String q : names) {
            row(b, "**over HTTP** `" + q + "` median: scamkg / Virtuoso (scamkg ÷ Virtuoso) [rows]; scamkg first page of 100", scales, s -> s.overHttp().stream()
                    .filter(r -> r.query().equals(q)).findFirst().map(Report::overHttp).orElse("–"));
        }
        row(b, "**star lookups** (every statement about one of 200 entities), 16 clients: scamkg /kg/sparql / Virtuoso /sparql", scales,
                s -> s.ourStars().map(Report::rate).orElse("–") + " / " + s.virtuosoStars().map(Report::rate).orElse("–"));
        row(b, "queries whose first page's median is under 100 ms", scales, s -> String.format("%d of %d", s.overHttp().stream()
                .filter(r -> r.firstPage().error() == null && r.firstPage().median() < 100).count(), s.overHttp().size()));
        row(b, "queries no slower than Virtuoso over HTTP (of those both answered)", scales, s -> {
            List<VirtuosoBench.Result> both = s.overHttp().stream().filter(r -> r.ours().error() == null && r.virtuoso().error() == null
                    && !r.virtuoso().millis().isEmpty()).toList();
            return both.isEmpty() ? "–" : String.format("%d of %d", both.stream().filter(r -> r.ours().median() <= r.virtuoso().median()).count(), both.size());
        });
        for (int i = 0; i < scales.get(0).http().size(); i++) {
            int k = i;
            row(b, String.format("**HTTP** %d clients: requests/s, p99, errors", scales.get(0).http().get(k).clients()), scales, s -> {
                HttpBench.Result r = s.http().get(k);
                String failed = r.replies().entrySet().stream().filter(e -> !e.getKey().endsWith(" 200"))
                        .map(e -> e.getKey() + " ×" + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
                return String.format("%,.1f/s, p99 %s, %d errors (of %,d)%s", r.perSecond(), Stats.ms(Stats.percentile(r.latencies(), 99)), r.errors(),
                        r.requests(), failed.isEmpty() ? "" : ": " + failed);
            });
        }
        return b.toString();
    }

    private static String load(LoadBench.Run r) { return String.format("%,.0f quads/s (%.0f s)", r.perSecond(), r.seconds()); }

    private static String rate(HttpBench.Result r) {
        return String.format("%,.0f/s (p99 %s, %d errors)", r.perSecond(), Stats.ms(Stats.percentile(r.latencies(), 99)), r.errors());
    }

    private static String overHttp(VirtuosoBench.Result r) {
        String ours = r.ours().error() != null ? "failed: " + r.ours().error() : Stats.ms(r.ours().median());
        String theirs = r.virtuoso().error() != null ? "failed: " + r.virtuoso().error() : Stats.ms(r.virtuoso().median());
        String rows = r.virtuoso().error() != null || r.ourRows() == r.virtuosoRows() ? String.format("%,d", r.ourRows())
                : String.format("%,d ≠ Virtuoso %,d", r.ourRows(), r.virtuosoRows());
        String page = r.firstPage().error() != null ? "failed: " + r.firstPage().error() : Stats.ms(r.firstPage().median());
        return String.format("%s / %s (%s) [%s]; %s", ours, theirs, Stats.ratio(r.ours().median(), r.virtuoso().median()), rows, page);
    }

    private static String query(QueryBench.Result r) {
        double jm = Stats.percentile(r.tdb2(), 50);
        double rm = Stats.percentile(r.rdf4j(), 50);
        if (r.rdf4jRows() < 0) return String.format("%s / %s [%,d]", Stats.ms(jm), Stats.ms(Stats.percentile(r.tdb2(), 95)), r.tdb2Rows());
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
