package org.scamkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

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
        HttpBench.Result r = HttpBench.run(urls, clients, Duration.ofSeconds(seconds));
        if (!print) return;
        System.out.printf("%2d clients: %d requests in %.1f s (%.1f/s), median %,.0f ms, p99 %,.0f ms, %d errors: %s%n", clients, r.requests(),
                r.seconds(), r.perSecond(), Stats.percentile(r.latencies(), 50), Stats.percentile(r.latencies(), 99), r.errors(), r.replies());
    }
}
