package org.scamkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.scamkg.VirtuosoServer;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.ParameterBinder;
import org.scamkg.query.ParameterSubstitution;
import org.scamkg.query.QueryCatalog;

/**
 * Virtuoso side by side with our server, on the same quads (our store's own N-Quads export, bulk
 * loaded with Virtuoso's {@code ld_dir} and {@code rdf_loader_run}), over HTTP for both: every
 * canned query with the same text and parameters sent by the same client (Jena's
 * {@code QueryExecHTTP}, as the external engine sends them) to our public {@code /kg/sparql}
 * and to Virtuoso's {@code /sparql}, rows counted on both; the first page of the answer as a
 * user gets it from our query API; and star lookups (the entity profile of the 20 most quoted
 * officials) under 16 clients against both.
 */
final class VirtuosoBench {
    /** One query over HTTP: our whole answer, Virtuoso's, our first page (milliseconds), rows, and why Virtuoso gave no figure. */
    record Result(String query, Timing ours, Timing virtuoso, Timing firstPage, long ourRows, long virtuosoRows, long pageTotal) {}

    /** Measured runs in milliseconds, or why there are none (an error other than the time limit: {@link QueryBench#time}). */
    record Timing(List<Double> millis, String error) {
        static Timing of(int warmup, int runs, long budgetMillis, long limitMillis, Runnable r) {
            try {
                return new Timing(QueryBench.time(warmup, runs, budgetMillis, limitMillis, r), null);
            } catch (RuntimeException e) {
                return new Timing(List.of(), oneLine(e));
            }
        }

        double median() { return Stats.percentile(millis, 50); }

        String show() { return error != null ? "failed" : Stats.ms(median()); }
    }

    static final String GRAPH_BASE = "https://w3id.org/scamkg/graph/";

    private VirtuosoBench() {}

    /** Virtuoso when installed and it starts; empty (with a message) when not. */
    static Optional<VirtuosoServer> start(Path dir, int buffers) {
        if (VirtuosoServer.binary().isEmpty() || VirtuosoServer.isql().isEmpty()) {
            System.err.println("  Virtuoso is not installed (Debian package virtuoso-opensource): its columns are skipped");
            return Optional.empty();
        }
        try {
            return Optional.of(VirtuosoServer.start(dir, buffers));
        } catch (IllegalStateException | IOException e) {
            System.err.println("  Virtuoso could not start, its columns are skipped: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Virtuoso's bulk loader on the N-Quads (linked into its load folder): {@code ld_dir}, then
     * {@code rdf_loader_run} and a checkpoint, as Virtuoso's documentation gives it. Fails when the
     * loader records an error for the file or the quads counted afterwards are not the file's.
     */
    static LoadBench.Run bulkLoad(VirtuosoServer v, Path nq, long expectedQuads) throws Exception {
        Path link = v.loadDir().resolve(nq.getFileName());
        Files.deleteIfExists(link);
        try {
            Files.createLink(link, nq);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(nq, link);
        }
        long t0 = System.nanoTime();
        v.isql("ld_dir('" + v.loadDir() + "', '" + nq.getFileName() + "', '" + GRAPH_BASE + "default');", "rdf_loader_run();", "checkpoint;");
        double seconds = (System.nanoTime() - t0) / 1e9;
        String errors = v.isql("select ll_file, ll_error from DB.DBA.LOAD_LIST where ll_error is not null;");
        if (errors.contains(nq.getFileName().toString())) throw new IllegalStateException("Virtuoso's bulk loader failed:\n" + errors);
        Files.delete(link);
        long quads = count(v.sparqlUrl());
        if (quads != expectedQuads)
            System.err.printf("  Virtuoso holds %,d quads in the store's graphs where the file has %,d%n", quads, expectedQuads);
        return new LoadBench.Run("Virtuoso bulk loader (ld_dir, rdf_loader_run)", quads, seconds, Stats.directorySize(v.dir().resolve("db")), -1);
    }

    private static long count(String endpoint) {
        try (QueryExec qe = send(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + GRAPH_BASE + "\")) }", 600_000)) {
            return Long.parseLong(qe.select().next().get("n").getLiteralLexicalForm());
        }
    }

    /**
     * Every canned query, the parameters the in-process run picked, timed over HTTP on our
     * server and on Virtuoso (warm-up runs, then measured runs within the budget), and our first
     * page of 100 through the query API.
     */
    static List<Result> run(QueryCatalog catalog, List<QueryBench.Result> picked, String ourBase, Optional<VirtuosoServer> virtuoso,
                            int warmup, int runs, long budgetMillis, int limitSeconds) {
        List<Result> out = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (CannedQuery q : catalog.all()) {
            Map<String, String> params = picked.stream().filter(r -> r.query().equals(q.name())).findFirst().map(QueryBench.Result::params).orElse(Map.of());
            String text;
            try {
                text = ParameterSubstitution.apply(q.query(), ParameterBinder.bind(q, params)).serialize();
            } catch (RuntimeException e) {
                System.err.printf("  %-32s skipped: %s%n", q.name(), e.getMessage());
                continue;
            }
            long[] rows = {0, 0, -1};
            long limit = limitSeconds * 1000L;
            Timing ours = Timing.of(warmup, runs, budgetMillis, limit, () -> rows[0] = rows(ourBase + "/kg/sparql", text, limitSeconds));
            Timing theirs = virtuoso.map(v -> Timing.of(warmup, runs, budgetMillis, limit, () -> rows[1] = rows(v.sparqlUrl(), text, limitSeconds)))
                    .orElse(new Timing(List.of(), "not run"));
            if (virtuoso.isPresent() && theirs.millis().stream().anyMatch(t -> t.isInfinite())) restart(virtuoso.get());
            String pageUrl = ourBase + "/queries/" + q.name() + "?" + params.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            Timing page = Timing.of(warmup, runs, budgetMillis, limit, () -> rows[2] = firstPage(http, pageUrl, limitSeconds));
            out.add(new Result(q.name(), ours, theirs, page, rows[0], rows[1], rows[2]));
            System.err.printf("  %-32s ours %s  Virtuoso %s  first page %s  rows %,d / %,d / total %,d%s%s%n", q.name(), ours.show(), theirs.show(),
                    page.show(), rows[0], rows[1], rows[2], ours.error() == null ? "" : " (ours: " + ours.error() + ")",
                    theirs.error() == null ? "" : " (Virtuoso: " + theirs.error() + ")");
        }
        return out;
    }

    /**
     * Star lookups: every statement about one entity, in every graph ({@code SELECT ?g ?p ?o
     * { GRAPH ?g { <entity> ?p ?o } }}), as GET URLs on a SPARQL endpoint, one per entity.
     */
    static List<String> starLookups(String endpoint, List<String> entities) {
        return entities.stream().map(e -> endpoint + "?query="
                + URLEncoder.encode("SELECT ?g ?p ?o { GRAPH ?g { <" + e + "> ?p ?o } }", StandardCharsets.UTF_8)).toList();
    }

    /** Virtuoso after a query it did not finish: it would go on running it and slow every later figure. */
    static void restart(VirtuosoServer v) {
        try {
            System.err.println("  (restarting Virtuoso: it goes on with a query its client gave up)");
            v.restart();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Virtuoso could not be restarted: " + e.getMessage(), e);
        }
    }

    private static long rows(String endpoint, String text, int limitSeconds) {
        try (QueryExec qe = send(endpoint, text, limitSeconds * 1000L)) {
            RowSet rs = qe.select();
            long n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            return n;
        }
    }

    // The external engine's way of sending (store.EndpointEngine): GET while short, else a form POST.
    private static QueryExec send(String endpoint, String text, long timeoutMillis) {
        return QueryExecHTTP.service(endpoint).queryString(text).sendMode(QuerySendMode.asGetWithLimitForm)
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build();
    }

    /** Our query API's first page (JSON, 100 rows by default); answers the total the server reports. */
    private static long firstPage(HttpClient http, String url, int limitSeconds) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(limitSeconds))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            return r.headers().firstValue("X-Total-Count").map(Long::parseLong).orElse(-1L);
        } catch (IOException e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        m = m.replaceAll("\\s+", " ").replace("|", "/").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
