package org.scamkg.bench;

import org.scamkg.generate.SyntheticDataGenerator;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.sparql.exec.QueryExec;
import org.scamkg.VirtuosoServer;
import org.scamkg.query.QueryCatalog;
import org.scamkg.store.KgStore;

/**
 * The benchmark run behind BENCHMARKS.md: for each scale, generate the synthetic graph, load it
 * with our loader, with Jena's TDB2 bulk loader and into RDF4J's NativeStore, time every canned
 * query on TDB2 and on the NativeStore, and put the HTTP endpoint under 1, 4 and 16 clients.
 * Prints one Markdown table and writes it to {@code target/bench/results.md}.
 *
 * <p>Run with {@code mvn -Pbench verify} (see BENCHMARKS.md for the properties: scales, seed,
 * runs, HTTP seconds). Not part of the normal build.
 */
public final class Bench {
    record Scale(int units, LoadBench.Run ours, LoadBench.Run jena, Optional<LoadBench.Run> rdf4j, Optional<LoadBench.Run> virtuoso,
                 List<QueryBench.Result> queries, List<VirtuosoBench.Result> overHttp, Optional<HttpBench.Result> ourStars,
                 Optional<HttpBench.Result> virtuosoStars, List<HttpBench.Result> http, long serverPeakHeapMiB) {}

    /** What the HTTP phase measured (filled in while our server runs). */
    static final class Served {
        List<VirtuosoBench.Result> overHttp = List.of();
        Optional<HttpBench.Result> ourStars = Optional.empty();
        Optional<HttpBench.Result> virtuosoStars = Optional.empty();
        final List<HttpBench.Result> mix = new ArrayList<>();
        long peakHeapMiB;
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath().normalize();
        Path dir = project.resolve(System.getProperty("bench.dir", "target/bench"));
        List<Integer> scales = Arrays.stream(System.getProperty("bench.scales", "1000,10000").split(",")).map(String::strip).map(Integer::parseInt).toList();
        long seed = Long.parseLong(System.getProperty("bench.seed", "1"));
        int warmup = Integer.parseInt(System.getProperty("bench.warmup", "2"));
        int runs = Integer.parseInt(System.getProperty("bench.runs", "15"));
        long budget = Long.parseLong(System.getProperty("bench.queryBudgetMillis", "20000"));
        int limit = Integer.parseInt(System.getProperty("bench.queryLimitSeconds", "60"));
        Duration httpTime = Duration.ofSeconds(Long.parseLong(System.getProperty("bench.httpSeconds", "30")));
        boolean withRdf4j = Boolean.parseBoolean(System.getProperty("bench.rdf4j", "true"));
        boolean withVirtuoso = Boolean.parseBoolean(System.getProperty("bench.virtuoso", "true"));
        int virtuosoBuffers = Integer.parseInt(System.getProperty("bench.virtuosoBuffers", "340000"));
        Files.createDirectories(dir);
        QueryCatalog catalog = QueryCatalog.load(project.resolve("queries"));

        List<Scale> results = new ArrayList<>();
        for (int n : scales) {
            Path work = dir.resolve("scale-" + n);
            Files.createDirectories(work);
            Path data = generate(project, work, n, seed);
            System.err.printf("scale %,d: loading with scamkg …%n", n);
            LoadBench.Run ours = LoadBench.ours(project, data, work.resolve("tdb2"), work);
            System.err.printf("  %,d quads in %.1f s (%,.0f/s), peak heap %,d MiB%n", ours.quads(), ours.seconds(), ours.perSecond(), ours.peakHeapMiB());
            Path nq = LoadBench.dumpNQuads(project, work.resolve("tdb2"), work);
            System.err.println("  Jena TDB2 bulk loader …");
            LoadBench.Run jena = LoadBench.jenaBulk(nq, work.resolve("tdb2-bulk"));
            System.err.printf("  %,d quads in %.1f s (%,.0f/s)%n", jena.quads(), jena.seconds(), jena.perSecond());
            Optional<LoadBench.Run> rdf4j = Optional.empty();
            if (withRdf4j) {
                System.err.println("  RDF4J NativeStore …");
                rdf4j = Optional.of(LoadBench.rdf4jNative(nq, work.resolve("rdf4j-native")));
                System.err.printf("  %,d quads in %.1f s (%,.0f/s)%n", rdf4j.get().quads(), rdf4j.get().seconds(), rdf4j.get().perSecond());
            }
            Optional<VirtuosoServer> virtuoso = Optional.empty();
            Optional<LoadBench.Run> virtuosoLoad = Optional.empty();
            Served served = new Served();
            List<QueryBench.Result> queries;
            try {
                if (withVirtuoso) {
                    System.err.println("  Virtuoso bulk loader …");
                    virtuoso = VirtuosoBench.start(work.resolve("virtuoso"), virtuosoBuffers);
                    if (virtuoso.isPresent()) {
                        virtuosoLoad = Optional.of(VirtuosoBench.bulkLoad(virtuoso.get(), nq, jena.quads()));
                        System.err.printf("  %,d quads in %.1f s (%,.0f/s)%n", virtuosoLoad.get().quads(), virtuosoLoad.get().seconds(), virtuosoLoad.get().perSecond());
                    }
                }
                Files.deleteIfExists(nq);

                System.err.println("  canned queries in process …");
                List<String> entities;
                List<String> stars;
                try (KgStore store = KgStore.open(project.resolve("fuseki-config"), work.resolve("tdb2"))) {
                    queries = QueryBench.run(catalog, store, rdf4j.map(r -> work.resolve("rdf4j-native")), warmup, runs, budget, limit);
                    entities = topEntities(store, 20);
                    stars = sampleEntities(store, 200);
                }
                System.err.println("  HTTP endpoint …");
                serve(project, work, catalog, queries, virtuoso, entities, stars, new int[] {warmup, runs, limit}, budget, httpTime, served);
            } finally {
                if (virtuoso.isPresent()) virtuoso.get().close();
            }
            results.add(new Scale(n, ours, jena, rdf4j, virtuosoLoad, queries, served.overHttp, served.ourStars, served.virtuosoStars,
                    served.mix, served.peakHeapMiB));
        }
        String table = Report.markdown(results, machine(), String.join(" ", args));
        Files.writeString(dir.resolve("results.md"), table, StandardCharsets.UTF_8);
        System.out.println(table);
    }

    /** The generated tree for a scale and seed, reused when it is already there. */
    static Path generate(Path project, Path work, int n, long seed) throws Exception {
        Path data = work.resolve("data-seed-" + seed);
        if (!Files.isDirectory(data.resolve("sources"))) {
            System.err.printf("scale %,d: generating …%n", n);
            // in process: the generator lives in the test classpath, not in the product jar
            SyntheticDataGenerator.generate(data, n, seed, project.resolve("data/names/honorifics.csv"), new java.io.PrintWriter(System.err, true));
        }
        return data;
    }

    /** A fixed sample of n entities of every kind (the same for a scale and seed: ordered by a hash of the IRI). */
    static List<String> sampleEntities(KgStore store, int n) {
        return iris(store, "SELECT DISTINCT ?x { ?x a ?t FILTER(STRSTARTS(STR(?x), \"https://w3id.org/scamkg/id/\")) } ORDER BY MD5(STR(?x)) LIMIT " + n);
    }

    static List<String> topEntities(KgStore store, int n) {
        return iris(store, "SELECT ?x { ?c skg:claimant ?x . ?x a foaf:Person } GROUP BY ?x ORDER BY DESC(COUNT(?c)) ?x LIMIT " + n);
    }

    /** The IRIs in column ?x of a select on the store. */
    private static List<String> iris(KgStore store, String select) {
        return store.dataset().calculateRead(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExec qe = QueryExec.dataset(store.dataset().asDatasetGraph()).query(QueryBench.PREFIXES + select).build()) {
                qe.select().forEachRemaining(b -> out.add(b.get("x").getURI()));
            }
            return out;
        });
    }

    /**
     * {@code bin/scamkg serve} in its own JVM (2 GiB heap, GC log, the per-run limit as its query
     * time limit): every canned query over HTTP beside Virtuoso, star lookups at 16 clients on
     * both, then the mix under 1, 4 and 16 clients.
     */
    static void serve(Path project, Path work, QueryCatalog catalog, List<QueryBench.Result> picked, Optional<VirtuosoServer> virtuoso,
                      List<String> entities, List<String> stars, int[] warmupRunsLimit, long budget, Duration time, Served out) throws Exception {
        int limit = warmupRunsLimit[2];
        // First with the per-run limit as the server's query time limit, for the side by side …
        Server started = startServer(project, work, limit + 5, "serve-side-by-side");
        Process server = started.process();
        try {
            String base = started.base();
            waitUntilUp(base, server);
            System.err.println("  canned queries over HTTP, ours" + (virtuoso.isPresent() ? " and Virtuoso's" : "") + " …");
            out.overHttp = VirtuosoBench.run(catalog, picked, base, virtuoso, warmupRunsLimit[0], warmupRunsLimit[1], budget, limit);
            System.err.printf("  star lookups (%d entities' statements), 16 clients …%n", stars.size());
            List<String> ourStars = VirtuosoBench.starLookups(base + "/kg/sparql", stars);
            // Warmed as long as measured, at the same 16 clients, both engines alike: at 10 M the rate
            // of a fresh server climbed for about a minute (BENCHMARKS.md, the night run of 1 December),
            // and 5 s at 4 clients had left it 842/s in one run and 1,755/s in the one before.
            HttpBench.run(ourStars, 16, time);
            out.ourStars = Optional.of(HttpBench.run(ourStars, 16, time));
            report("ours", out.ourStars.get());
            if (virtuoso.isPresent()) {
                List<String> theirs = VirtuosoBench.starLookups(virtuoso.get().sparqlUrl(), stars);
                HttpBench.run(theirs, 16, time);
                out.virtuosoStars = Optional.of(HttpBench.run(theirs, 16, time));
                report("Virtuoso", out.virtuosoStars.get());
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        // … then as a user starts it (the default 10 s limit) for the mix.
        started = startServer(project, work, 0, "serve");
        server = started.process();
        try {
            String base = started.base();
            waitUntilUp(base, server);
            System.err.println("  the mix …");
            List<String> urls = HttpBench.mix(base, entities);
            HttpBench.run(urls, 4, Duration.ofSeconds(5)); // warm up
            for (int clients : List.of(1, 4, 16)) {
                HttpBench.Result r = HttpBench.run(urls, clients, time);
                report(clients + " clients", r);
                out.mix.add(r);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
        out.peakHeapMiB = Stats.peakHeapMiB(started.gcLog());
    }

    record Server(Process process, String base, Path gcLog) {}

    /** {@code scamkg serve} on the scale's store, on a free port, with a GC log; limit 0 keeps the default. */
    private static Server startServer(Path project, Path work, int limitSeconds, String name) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of("serve", "--store", work.resolve("tdb2").toString(),
                "--data", work.resolve("data-seed-" + System.getProperty("bench.seed", "1")).toString()));
        if (limitSeconds > 0) args.addAll(List.of("--query-timeout", Integer.toString(limitSeconds)));
        args.addAll(List.of("--port", Integer.toString(port)));
        Path gc = work.resolve("gc-" + name + ".log");
        return new Server(Subprocess.start(project, List.of(LoadBench.HEAP, "-Xlog:gc:file=" + gc), args, work.resolve(name + ".log")),
                "http://127.0.0.1:" + port, gc);
    }

    private static void report(String who, HttpBench.Result r) {
        System.err.printf("  %-12s %,.1f requests/s, p99 %s, %d errors%n", who + ":", r.perSecond(), Stats.ms(Stats.percentile(r.latencies(), 99)), r.errors());
    }

    private static void waitUntilUp(String base, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) throw new IllegalStateException("the server stopped; see serve.log");
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/queries")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the server did not come up in 10 minutes");
    }

    static Map<String, String> machine() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("CPU", cpu());
        m.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        m.put("memory", memory());
        m.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return m;
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format("%.0f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    static String join(Map<String, String> m) { return m.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")); }
}
