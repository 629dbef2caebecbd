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
import java.util.Optional;

/**
 * The benchmark's star lookups (every statement about one entity, {@code SELECT ?g ?p ?o { GRAPH
 * ?g { <e> ?p ?o } }}, over 200 entities) against a server that is already running, in rounds,
 * with the server's CPU time per request when its process id is given: a figure that holds up on
 * a shared machine better than a rate does. Used for "The cost of one request" in BENCHMARKS.md.
 *
 * <pre>java -cp "$(bin/test-classpath)" org.scamkg.bench.StarLookups BASE_URL [CLIENTS] [SECONDS] [ROUNDS] [SERVER_PID]</pre>
 */
public final class StarLookups {
    private static final String PICK = "SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"https://w3id.org/scamkg/id/\")) } LIMIT 200";

    private StarLookups() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println("usage: StarLookups BASE_URL [CLIENTS=16] [SECONDS=15] [ROUNDS=3] [SERVER_PID]\n"
                    + "Star lookups on BASE_URL/kg/sparql (200 entities the server names first), after a 20 s warm-up;\n"
                    + "per round: requests/s, median and p99 latency, errors, and with SERVER_PID the server's CPU per request.");
            return;
        }
        String base = args[0];
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Optional<ProcessHandle> server = args.length > 4 ? ProcessHandle.of(Long.parseLong(args[4])) : Optional.empty();

        List<String> entities = entities(base);
        List<String> urls = VirtuosoBench.starLookups(base + "/kg/sparql", entities);
        System.err.printf("%d entities; warming up for 20 s …%n", entities.size());
        HttpBench.run(urls, clients, Duration.ofSeconds(20));
        for (int round = 1; round <= rounds; round++) {
            long cpuBefore = cpuMillis(server);
            HttpBench.Result r = HttpBench.run(urls, clients, Duration.ofSeconds(seconds));
            long cpu = cpuMillis(server) - cpuBefore;
            System.out.printf("round %d, %d clients: %,.0f requests/s, median %s, p99 %s, %d errors%s%n", round, clients, r.perSecond(),
                    Stats.ms(Stats.percentile(r.latencies(), 50)), Stats.ms(Stats.percentile(r.latencies(), 99)), r.errors(),
                    server.isPresent() ? String.format(", server CPU %.2f ms/request", cpu / (double) r.requests()) : "");
        }
    }

    private static List<String> entities(String base) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/kg/sparql?query=" + URLEncoder.encode(PICK, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("picking entities: HTTP " + r.statusCode() + ": " + r.body());
        List<String> lines = Arrays.stream(r.body().split("\r?\n")).skip(1).filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) throw new IllegalStateException("the server names no entity under https://w3id.org/scamkg/id/");
        return lines;
    }

    private static long cpuMillis(Optional<ProcessHandle> server) {
        return server.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toMillis).orElse(0L);
    }
}
