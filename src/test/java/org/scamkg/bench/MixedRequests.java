package org.scamkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's mixed HTTP run ({@link HttpBench#mix}: the 20 most-quoted officials' entity
 * pages, {@code entity-profile} and {@code entity-timeline} through the query API, and
 * {@code raided-then-licensed}) against a server that is already running, with every reply's
 * status counted by kind of request: the errors of the harness's mix, told apart (503 at the time
 * limit or busy, 500, a client time-out). Used for "Requests in turn" in BENCHMARKS.md.
 *
 * <pre>java -cp "$(bin/test-classpath)" org.scamkg.bench.MixedRequests BASE_URL [SECONDS=20] [CLIENTS…=1 4 16]</pre>
 */
public final class MixedRequests {
    /** {@link Bench#topEntities}'s pick, asked of the server (its store is locked by it). */
    private static final String TOP = "PREFIX skg: <https://w3id.org/scamkg/ontology#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
            + "SELECT ?x { ?c skg:claimant ?x . ?x a foaf:Person } GROUP BY ?x ORDER BY DESC(COUNT(?c)) ?x LIMIT 20";

    private MixedRequests() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println("usage: MixedRequests BASE_URL [SECONDS=20] [CLIENTS…=1 4 16]\n"
                    + "The harness's mix against BASE_URL after a 5 s warm-up at 4 clients; per number of clients:\n"
                    + "requests/s, median and p99 latency, and the count of each reply status by kind of request.");
            return;
        }
        String base = args[0];
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Integer> clients = args.length > 2 ? Arrays.stream(args).skip(2).map(Integer::parseInt).toList() : List.of(1, 4, 16);
        HttpClient http = HttpClient.newHttpClient();
        String csv = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(TOP, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        List<String> entities = Arrays.stream(csv.split("\r?\n")).skip(1).filter(s -> !s.isBlank()).toList();
        List<String> urls = HttpBench.mix(base, entities);
        System.out.printf("%d entities, %d requests in the mix%n", entities.size(), urls.size());
        run(urls, 4, 5, false);
        for (int c : clients) run(urls, c, seconds, true);
    }

    private static void run(List<String> urls, int clients, int seconds, boolean print) throws InterruptedException {
        Map<String, AtomicInteger> replies = new ConcurrentSkipListMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                for (int i = offset; System.nanoTime() < end; i++) {
                    String url = urls.get(i % urls.size());
                    String kind = url.contains("/id/") ? "entity page" : url.replaceAll(".*/queries/([a-z-]+).*", "$1");
                    long s = System.nanoTime();
                    String status;
                    try {
                        status = String.valueOf(http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                                .header("Accept", url.contains("/id/") ? "text/html" : "application/sparql-results+json").build(),
                                HttpResponse.BodyHandlers.ofByteArray()).statusCode());
                    } catch (Exception e) {
                        status = e.getClass().getSimpleName();
                    }
                    latencies.add((System.nanoTime() - s) / 1e6);
                    replies.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        if (!print) return;
        double secs = (System.nanoTime() - t0) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        System.out.printf("%2d clients: %d requests in %.1f s (%.1f/s), median %,.0f ms, p99 %,.0f ms, %s%n", clients, sorted.size(), secs,
                sorted.size() / secs, Stats.percentile(sorted, 50), Stats.percentile(sorted, 99), replies);
    }
}
