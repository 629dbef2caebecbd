package org.scamkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.BooleanQuery;
import org.eclipse.rdf4j.query.GraphQuery;
import org.eclipse.rdf4j.query.MalformedQueryException;
import org.eclipse.rdf4j.query.Query;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.impl.SimpleDataset;
import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.repository.Repository;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.RepositoryResult;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.ParseErrorCollector;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.sail.memory.MemoryStore;

/**
 * A second, independent SPARQL 1.1 store for tests: an in-memory RDF4J repository
 * ({@code SailRepository(new MemoryStore())}) behind the JDK's HTTP server on 127.0.0.1 and an
 * ephemeral port. No Jena code is involved, so a Jena client talking to it meets another
 * implementation's reading of the specifications.
 *
 * <ul>
 *   <li>{@code /sparql}: SPARQL 1.1 Protocol queries: GET {@code ?query=}, POST as
 *       {@code application/x-www-form-urlencoded} or {@code application/sparql-query}, with
 *       {@code default-graph-uri} / {@code named-graph-uri}. SELECT and ASK answer
 *       {@code application/sparql-results+json} (SELECT also {@code text/csv}); CONSTRUCT and
 *       DESCRIBE answer Turtle, N-Triples or RDF/XML, chosen by {@code Accept} (q-values honoured,
 *       406 when nothing offered is acceptable). A malformed query is a 400 with RDF4J's parser
 *       message. As in RDF4J, a query without a dataset sees the union of all graphs as its
 *       default graph; {@code GRAPH} reaches the named graphs.</li>
 *   <li>{@code /rdf-graphs/service}: SPARQL 1.1 Graph Store HTTP Protocol, indirect
 *       identification ({@code ?graph=IRI} or {@code ?default}). PUT replaces (201 when it
 *       created the graph, 204 when it replaced one), POST merges (204), DELETE drops (204, or
 *       404 when the graph has no triples), GET/HEAD serializes (404 for a named graph with no
 *       triples; the default graph always exists). Bodies are Turtle, N-Triples or RDF/XML by
 *       {@code Content-Type} (415 otherwise); bad data is a 400 with the parser's message and
 *       changes nothing.</li>
 * </ul>
 * Each request runs in one RDF4J transaction, and writes are serialized. With
 * {@link #start(String, String)} every write (PUT, POST, DELETE) needs HTTP basic credentials,
 * else 401 with {@code WWW-Authenticate}; reads stay open. SPARQL Update is not offered.
 *
 * <pre>{@code
 * try (Rdf4jSparqlServer server = Rdf4jSparqlServer.start()) {
 *     GSP.service(server.gspUrl()).graphName("https://example.org/g").PUT(graph);
 *     Model all = server.contents();
 * }
 * }</pre>
 */
public final class Rdf4jSparqlServer implements AutoCloseable {

    /** One request as the server answered it, in arrival order. */
    public record Request(String method, String uri, String contentType, int status, boolean authorized) {}

    public static final String QUERY_PATH = "/sparql";
    public static final String GSP_PATH = "/rdf-graphs/service";

    private static final String JSON_RESULTS = "application/sparql-results+json";
    private static final String CSV = "text/csv";
    /** Formats for graph bodies and graph answers, in the server's order of preference. */
    private static final Map<String, RDFFormat> GRAPH_FORMATS = new LinkedHashMap<>();
    static {
        GRAPH_FORMATS.put("text/turtle", RDFFormat.TURTLE);
        GRAPH_FORMATS.put("application/n-triples", RDFFormat.NTRIPLES);
        GRAPH_FORMATS.put("application/rdf+xml", RDFFormat.RDFXML);
    }

    private final Repository repository;
    private final HttpServer http;
    private final ExecutorService executor;
    private final String user;
    private final String password;
    private final Object writeLock = new Object();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Rdf4jSparqlServer(String user, String password) throws IOException {
        this.user = user;
        this.password = password;
        this.repository = new SailRepository(new MemoryStore());
        this.repository.init();
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "rdf4j-sparql-server");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.createContext(QUERY_PATH, ex -> handle(ex, this::query));
        http.createContext(GSP_PATH, ex -> handle(ex, this::graphStore));
        http.createContext("/", ex -> handle(ex, e -> { throw new HttpError(404, "Not found: " + e.getRequestURI().getPath()); }));
        http.start();
    }

    /** A server with open writes. */
    public static Rdf4jSparqlServer start() {
        return create(null, null);
    }

    /** A server whose writes need HTTP basic authentication as {@code user}/{@code password}. */
    public static Rdf4jSparqlServer start(String user, String password) {
        if (user == null || password == null) throw new IllegalArgumentException("user and password are required");
        return create(user, password);
    }

    private static Rdf4jSparqlServer create(String user, String password) {
        try {
            return new Rdf4jSparqlServer(user, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() { return http.getAddress().getPort(); }

    /** {@code http://127.0.0.1:PORT}, no trailing slash. */
    public String url() { return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + port(); }

    /** The SPARQL query endpoint. */
    public String queryUrl() { return url() + QUERY_PATH; }

    /** The Graph Store Protocol service (indirect identification). */
    public String gspUrl() { return url() + GSP_PATH; }

    /** The underlying repository, e.g. to seed data directly. */
    public Repository repository() { return repository; }

    /** Every statement in the store with its context (null for the default graph). */
    public Model contents() {
        Model m = new LinkedHashModel();
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.export(new StatementCollector(m));
        }
        return m;
    }

    /** The triples of one graph: {@code null} for the default graph. Contexts are dropped. */
    public Model graph(String graphIri) {
        Model m = new LinkedHashModel();
        Resource ctx = graphIri == null ? null : SimpleValueFactory.getInstance().createIRI(graphIri);
        try (RepositoryConnection conn = repository.getConnection()) {
            try (RepositoryResult<Statement> statements = conn.getStatements(null, null, null, false, ctx)) {
                statements.forEach(st -> m.add(st.getSubject(), st.getPredicate(), st.getObject()));
            }
        }
        return m;
    }

    /** The requests answered so far, in order. */
    public List<Request> requests() { return List.copyOf(requests); }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        http.stop(0);
        executor.shutdownNow();
        repository.shutDown();
    }

    /** Same as {@link #close()}; closing twice is harmless. */
    public void stop() { close(); }

    // ---- Dispatch -------------------------------------------------------------------------------

    private interface Handler {
        Response apply(HttpExchange ex) throws IOException;
    }

    private record Response(int status, String contentType, byte[] body) {
        static Response empty(int status) { return new Response(status, null, null); }
    }

    /** A failure that is the client's answer: status and a plain-text message. */
    private static final class HttpError extends RuntimeException {
        final int status;
        HttpError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void handle(HttpExchange ex, Handler handler) throws IOException {
        Response response;
        boolean authorized = false;
        try {
            // Read the whole body first, so a client still sending it also reads our answer.
            ex.setAttribute("body", ex.getRequestBody().readAllBytes());
            authorized = authorized(ex);
            response = handler.apply(ex);
        } catch (HttpError e) {
            response = text(e.status, e.getMessage());
        } catch (RuntimeException e) {
            response = text(500, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().toString(),
            ex.getRequestHeaders().getFirst("Content-Type"), response.status(), authorized));
        try (ex) {
            if (response.status() == 401) ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"scamkg-test\", charset=\"UTF-8\"");
            if (response.contentType() != null) ex.getResponseHeaders().set("Content-Type", response.contentType());
            byte[] body = response.body();
            boolean noBody = body == null || body.length == 0 || ex.getRequestMethod().equals("HEAD") || response.status() == 204;
            ex.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static Response text(int status, String message) {
        return new Response(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] body(HttpExchange ex) {
        return (byte[]) ex.getAttribute("body");
    }

    // ---- SPARQL 1.1 Protocol: query --------------------------------------------------------------

    private Response query(HttpExchange ex) {
        if (!ex.getRequestURI().getPath().equals(QUERY_PATH)) throw new HttpError(404, "Not found: " + ex.getRequestURI().getPath());
        Map<String, List<String>> params = parseForm(ex.getRequestURI().getRawQuery());
        String queryString;
        switch (ex.getRequestMethod()) {
            case "GET", "HEAD" -> queryString = single(params, "query");
            case "POST" -> {
                String type = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
                if ("application/x-www-form-urlencoded".equals(type)) {
                    parseForm(new String(body(ex), StandardCharsets.UTF_8)).forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
                    queryString = single(params, "query");
                } else if ("application/sparql-query".equals(type)) {
                    queryString = new String(body(ex), StandardCharsets.UTF_8);
                } else {
                    throw new HttpError(415, "Unsupported Content-Type for a query: " + type);
                }
            }
            default -> {
                ex.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                throw new HttpError(405, "Method not allowed: " + ex.getRequestMethod());
            }
        }
        if (queryString == null) throw new HttpError(400, "No 'query' parameter");
        String accept = ex.getRequestHeaders().getFirst("Accept");

        try (RepositoryConnection conn = repository.getConnection()) {
            conn.begin();
            try {
                Query query;
                try {
                    query = conn.prepareQuery(QueryLanguage.SPARQL, queryString, queryUrl());
                } catch (MalformedQueryException e) {
                    throw new HttpError(400, "Malformed query: " + e.getMessage());
                }
                query.setMaxExecutionTime(60);
                SimpleDataset dataset = dataset(params);
                if (dataset != null) query.setDataset(dataset);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                String contentType;
                if (query instanceof TupleQuery tq) {
                    String mime = negotiate(accept, List.of(JSON_RESULTS, CSV));
                    try (TupleQueryResult result = tq.evaluate()) {
                        if (mime.equals(CSV)) writeCsv(result, out);
                        else QueryResultIO.writeTuple(result, TupleQueryResultFormat.JSON, out);
                    }
                    contentType = mime + "; charset=utf-8";
                } else if (query instanceof BooleanQuery bq) {
                    String mime = negotiate(accept, List.of(JSON_RESULTS));
                    QueryResultIO.writeBoolean(bq.evaluate(), BooleanQueryResultFormat.JSON, out);
                    contentType = mime + "; charset=utf-8";
                } else if (query instanceof GraphQuery gq) {
                    String mime = negotiate(accept, List.copyOf(GRAPH_FORMATS.keySet()));
                    gq.evaluate(Rio.createWriter(GRAPH_FORMATS.get(mime), out));
                    contentType = mime + "; charset=utf-8";
                } else {
                    throw new HttpError(400, "Unsupported query form");
                }
                conn.commit();
                return new Response(200, contentType, out.toByteArray());
            } finally {
                if (conn.isActive()) conn.rollback();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleDataset dataset(Map<String, List<String>> params) {
        List<String> dflt = params.getOrDefault("default-graph-uri", List.of());
        List<String> named = params.getOrDefault("named-graph-uri", List.of());
        if (dflt.isEmpty() && named.isEmpty()) return null;
        SimpleDataset ds = new SimpleDataset();
        dflt.forEach(g -> ds.addDefaultGraph(iri(g)));
        named.forEach(g -> ds.addNamedGraph(iri(g)));
        return ds;
    }

    /** SPARQL 1.1 Query Results CSV: header of variable names, values without type or language. */
    private static void writeCsv(TupleQueryResult result, OutputStream out) throws IOException {
        List<String> vars = result.getBindingNames();
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", vars.stream().map(Rdf4jSparqlServer::csvField).toList())).append("\r\n");
        for (BindingSet row : result) {
            List<String> fields = new ArrayList<>();
            for (String v : vars) {
                Value value = row.getValue(v);
                if (value == null) fields.add("");
                else if (value.isBNode()) fields.add(csvField("_:" + value.stringValue()));
                else fields.add(csvField(value.stringValue()));
            }
            sb.append(String.join(",", fields)).append("\r\n");
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    // ---- SPARQL 1.1 Graph Store HTTP Protocol ----------------------------------------------------

    private Response graphStore(HttpExchange ex) {
        if (!ex.getRequestURI().getPath().equals(GSP_PATH)) throw new HttpError(404, "Not found: " + ex.getRequestURI().getPath());
        Map<String, List<String>> params = parseForm(ex.getRequestURI().getRawQuery());
        boolean isDefault = params.containsKey("default");
        String graph = single(params, "graph");
        if (isDefault == (graph != null)) throw new HttpError(400, "Exactly one of ?graph=IRI or ?default is required");
        Resource ctx = isDefault ? null : iri(graph);

        String method = ex.getRequestMethod();
        switch (method) {
            case "GET", "HEAD" -> { return getGraph(ex, ctx); }
            case "PUT", "POST", "DELETE" -> {
                if (!authorized(ex)) throw new HttpError(401, "Authentication required");
                synchronized (writeLock) {
                    return method.equals("DELETE") ? deleteGraph(ctx) : putOrPost(ex, ctx, method.equals("PUT"));
                }
            }
            default -> {
                ex.getResponseHeaders().set("Allow", "GET, HEAD, PUT, POST, DELETE");
                throw new HttpError(405, "Method not allowed: " + method);
            }
        }
    }

    private Response getGraph(HttpExchange ex, Resource ctx) {
        String mime = negotiate(ex.getRequestHeaders().getFirst("Accept"), List.copyOf(GRAPH_FORMATS.keySet()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.begin();
            try {
                if (ctx != null && !conn.hasStatement(null, null, null, false, ctx)) throw new HttpError(404, "No such graph: " + ctx);
                conn.export(Rio.createWriter(GRAPH_FORMATS.get(mime), out), ctx);
                conn.commit();
            } finally {
                if (conn.isActive()) conn.rollback();
            }
        }
        return new Response(200, mime + "; charset=utf-8", out.toByteArray());
    }

    private Response putOrPost(HttpExchange ex, Resource ctx, boolean replace) {
        String type = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
        if (type == null) throw new HttpError(415, "A Content-Type is required");
        RDFFormat format = GRAPH_FORMATS.get(type);
        if (format == null) throw new HttpError(415, "Unsupported media type for a graph: " + type + "; use one of " + GRAPH_FORMATS.keySet());
        String base = url() + ex.getRequestURI();
        Model data = new LinkedHashModel();
        RDFParser parser = Rio.createParser(format);
        parser.setRDFHandler(new StatementCollector(data));
        parser.setParseErrorListener(new ParseErrorCollector()); // the 400 carries the message; don't log it
        try {
            parser.parse(new ByteArrayInputStream(body(ex)), base);
        } catch (RDFParseException e) {
            throw new HttpError(400, "Bad " + format.getName() + " data: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.begin();
            try {
                boolean existed = conn.hasStatement(null, null, null, false, ctx);
                if (replace) conn.clear(ctx);
                conn.add(data, ctx);
                conn.commit();
                return Response.empty(replace && !existed ? 201 : 204);
            } finally {
                if (conn.isActive()) conn.rollback();
            }
        }
    }

    private Response deleteGraph(Resource ctx) {
        try (RepositoryConnection conn = repository.getConnection()) {
            conn.begin();
            try {
                boolean existed = conn.hasStatement(null, null, null, false, ctx);
                if (ctx != null && !existed) throw new HttpError(404, "No such graph: " + ctx);
                conn.clear(ctx);
                conn.commit();
                return Response.empty(204);
            } finally {
                if (conn.isActive()) conn.rollback();
            }
        }
    }

    // ---- HTTP helpers ----------------------------------------------------------------------------

    /** True when no credentials are configured, or the request carries the right basic ones. */
    private boolean authorized(HttpExchange ex) {
        if (user == null) return true;
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static IRI iri(String s) {
        try {
            if (!new URI(s).isAbsolute()) throw new HttpError(400, "Not an absolute IRI: " + s);
        } catch (URISyntaxException e) {
            throw new HttpError(400, "Not an IRI: " + s);
        }
        return SimpleValueFactory.getInstance().createIRI(s);
    }

    /** The media type of a Content-Type header, lower case, without parameters; null if absent. */
    private static String mediaType(String header) {
        if (header == null || header.isBlank()) return null;
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The offered media type the Accept header likes best (its q-value taken from the most
     * specific matching range; ties go to the earlier offer). No Accept header: the first offer.
     */
    static String negotiate(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) return offers.get(0);
        String best = null;
        double bestQ = 0;
        for (String offer : offers) {
            double q = 0;
            int specificity = -1;
            for (String range : accept.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].trim().toLowerCase(Locale.ROOT);
                int spec;
                if (type.equals(offer)) spec = 2;
                else if (type.endsWith("/*") && offer.startsWith(type.substring(0, type.length() - 1))) spec = 1;
                else if (type.equals("*/*") || type.equals("*")) spec = 0;
                else continue;
                if (spec < specificity) continue;
                double rq = 1;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].trim();
                    if (p.startsWith("q=")) {
                        try {
                            rq = Double.parseDouble(p.substring(2).trim());
                        } catch (NumberFormatException e) {
                            rq = 0;
                        }
                    }
                }
                specificity = spec;
                q = rq;
            }
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        if (best == null) throw new HttpError(406, "Not acceptable: " + accept + "; offered " + offers);
        return best;
    }

    /** Decodes {@code application/x-www-form-urlencoded} text (also a URL's raw query). */
    private static Map<String, List<String>> parseForm(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return params;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return params;
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) return null;
        if (values.size() > 1) throw new HttpError(400, "More than one '" + name + "' parameter");
        return values.get(0);
    }
}
