package org.scamkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP endpoint under concurrent clients: each client sends the mix (an entity page, the
 * entity's profile and timeline through the query API, and raided-then-licensed) in a loop for
 * a fixed time, over its own connection. Counts requests, latencies and anything but a 200.
 */
final class HttpBench {
    /** {@code replies}: how many of each kind of request got each status ("entity page 200", "raided-then-licensed 503", "… HttpTimeoutException"). */
    record Result(int clients, long requests, long errors, double seconds, List<Double> latencies, Map<String, Integer> replies) {
        double perSecond() { return requests / seconds; }
    }

    /** What a request of the mix asks for: an entity page, or the canned query's name. */
    static String kind(String url) {
        return url.contains("/id/") ? "entity page" : url.contains("/queries/") ? url.replaceAll(".*/queries/([a-z-]+).*", "$1") : "request";
    }

    private HttpBench() {}

    static List<String> mix(String base, List<String> entities) {
        List<String> paths = new ArrayList<>();
        for (String e : entities) {
            String q = URLEncoder.encode(e, StandardCharsets.UTF_8);
            paths.add(base + "/id/" + e.substring("https://w3id.org/scamkg/id/".length()));
            paths.add(base + "/queries/entity-profile?entity=" + q);
            paths.add(base + "/queries/entity-timeline?entity=" + q);
            paths.add(base + "/queries/raided-then-licensed");
        }
        return paths;
    }

    static Result run(List<String> urls, int clients, Duration duration) throws InterruptedException {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicInteger> replies = new ConcurrentSkipListMap<>();
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
                for (int i = offset; System.nanoTime() < end; i++) {
                    String url = urls.get(i % urls.size());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                                .header("Accept", url.contains("/id/") ? "text/html" : "application/sparql-results+json").build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.incrementAndGet();
                        replies.computeIfAbsent(kind(url) + " " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        replies.computeIfAbsent(kind(url) + " " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - s) / 1e6);
                    requests.incrementAndGet();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        Map<String, Integer> counted = new java.util.TreeMap<>();
        replies.forEach((k, v) -> counted.put(k, v.get()));
        return new Result(clients, requests.get(), errors.get(), (System.nanoTime() - t0) / 1e9, new ArrayList<>(latencies), counted);
    }
}
