package org.scamkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.scamkg.query.NameSearch;
import org.scamkg.query.Cursor;
import org.scamkg.query.PageRequest;
import org.scamkg.query.ParameterException;
import org.scamkg.store.StoreException;

/**
 * A store held by a running server, reached over HTTP on this machine: canned questions through
 * {@code /queries}, name search through {@code /search}, any query through {@code /kg/sparql},
 * and a whole-dataset snapshot through {@code /kg/get} for export and statistics, which then run
 * the same code as on a store opened directly, so the answers are the same.
 */
final class RemoteStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    RemoteStore(String base) { this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base; }

    String base() { return base; }

    /** A canned question's answer (its body) and where it is in the whole answer. */
    record Answer(String body, long total, long firstRow, long lastRow, Optional<String> next) {}

    /**
     * A canned query's answer, or a page of it, in one of the query API's formats (json, csv,
     * tsv). A bad parameter is the server's 400 message.
     */
    Answer canned(String name, Map<String, String> params, Optional<String> asOf, String format, PageRequest paging) {
        StringJoiner q = new StringJoiner("&", "?", "");
        params.forEach((k, v) -> q.add(enc(k) + "=" + enc(v)));
        asOf.ifPresent(d -> q.add("as_of=" + enc(d)));
        q.add("format=" + format);
        q.add("page_size=" + (paging.isWhole() ? "all" : String.valueOf(paging.size())));
        paging.cursor().ifPresent(c -> q.add("cursor=" + enc(c)));
        HttpResponse<String> r = get("/queries/" + enc(name) + q, "*/*");
        String body = text(r);
        long total = r.headers().firstValueAsLong("X-Total-Count").orElse(-1);
        long offset = paging.cursor().map(Cursor::offset).orElse(0L);
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("[?&]cursor=([A-Za-z0-9_%-]+)[^>]*>; rel=\"next\"")
                .matcher(r.headers().firstValue("Link").orElse(""));
        Optional<String> nextCursor = next.find() ? Optional.of(java.net.URLDecoder.decode(next.group(1), StandardCharsets.UTF_8)) : Optional.empty();
        long rows = nextCursor.map(c -> Cursor.offset(c) - offset).orElse(Math.max(0, total - offset));
        return new Answer(body, total, rows == 0 ? 0 : offset + 1, offset + rows, nextCursor);
    }

    /** Any query text through the SPARQL endpoint, answered in {@code accept}. */
    String sparql(String query, String accept) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/kg/sparql")).timeout(Duration.ofMinutes(10))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        return text(send(r));
    }

    List<NameSearch.Hit> search(String words, int limit) {
        JsonNode root;
        try {
            root = JSON.readTree(text(get("/search?format=json&limit=" + limit + "&q=" + enc(words), "application/json")));
        } catch (IOException e) {
            throw new StoreException("the server at " + base + " answered a search with something other than JSON");
        }
        List<NameSearch.Hit> hits = new ArrayList<>();
        for (JsonNode h : root.path("results")) {
            List<String> kinds = new ArrayList<>();
            h.path("kinds").forEach(k -> kinds.add(k.asText()));
            hits.add(new NameSearch.Hit(h.path("entity").asText(), h.path("label").asText(), kinds, h.path("matched").asText(),
                    (float) h.path("score").asDouble()));
        }
        return hits;
    }

    /**
     * Every quad the server holds, copied into an in-memory store that reads its default graph as
     * the union of the named graphs, as the TDB2 store does. Memory grows with the store: fine
     * for the curated graph; for a store of millions of quads, stop the server and open the store.
     */
    Dataset snapshot() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        HttpResponse<InputStream> r = send(HttpRequest.newBuilder(URI.create(base + "/kg/get")).timeout(Duration.ofMinutes(30))
                .header("Accept", "application/n-quads").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (r.statusCode() != 200)
                throw new StoreException("the server at " + base + " refused the dataset download: HTTP " + r.statusCode());
            ds.executeWrite(() -> RDFParser.source(in).lang(Lang.NQUADS).parse(ds.asDatasetGraph()));
        } catch (IOException e) {
            throw new StoreException("reading the dataset from the server at " + base + " failed: " + e.getMessage());
        }
        return ds;
    }

    private HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10)).header("Accept", accept).GET().build());
    }

    private HttpResponse<String> send(HttpRequest r) {
        return send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest r, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(r, handler);
        } catch (IOException e) {
            throw new StoreException("the server that holds the store (" + base + ") did not answer: " + e.getMessage()
                    + "; if it has stopped, run the command again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted");
        }
    }

    /** The body of a 200; a 400 is a bad parameter (its message as the server wrote it), anything else an error. */
    private String text(HttpResponse<String> r) {
        if (r.statusCode() == 200) return r.body();
        String message = r.body().strip();
        try {
            JsonNode j = JSON.readTree(message);
            if (j.has("error")) message = j.get("error").asText();
        } catch (IOException | RuntimeException notJson) {
            // plain text: as it is
        }
        if (r.statusCode() == 400) throw new ParameterException(message);
        throw new StoreException("the server at " + base + " answered HTTP " + r.statusCode() + ": " + message);
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
