package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.scamkg.common.DateValue;
import org.scamkg.query.AsOfOption;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.Page;
import org.scamkg.query.PageRequest;
import org.scamkg.query.ParameterException;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryParameter;
import org.scamkg.query.QueryRunner;

/**
 * The canned questions over HTTP, as data. {@code /queries} lists the catalogue as JSON;
 * {@code /queries/NAME?param=…&as_of=…} runs one and answers SPARQL JSON, CSV or TSV by the Accept
 * header (or {@code format=}). JSON answers a page ({@code page_size=}, default 100, at most 1000,
 * or {@code all}; {@code cursor=} from the previous page), CSV and TSV the whole answer unless a
 * {@code page_size} is given; every answer says its total and its neighbours' URLs in headers
 * ({@link #pageHeaders}). A browser's requests (HTML) are answered by the questions' forms
 * in {@code pages.QuestionServlet}, which hands every other request here. A bad parameter gets 400 with its message, an
 * unknown query 404, a query past the time limit 503.
 */
final class QueryApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String AS_OF = "as_of";
    static final String FORMAT = "format";
    static final String PAGE_SIZE = "page_size";
    static final String CURSOR = "cursor";
    /** Not parameters of a question: how to answer it. */
    static final java.util.Set<String> CONTROLS = java.util.Set.of(AS_OF, FORMAT, PAGE_SIZE, CURSOR);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient QueryCatalog catalog;
    private final transient Supplier<Dataset> dataset;
    private final long timeoutMillis;
    private final String examplesScript;

    QueryApiServlet(QueryCatalog catalog, Supplier<Dataset> dataset, long timeoutMillis) {
        this.catalog = catalog;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.examplesScript = EditorExamples.script(catalog.all());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) catalogue(resp);
        else if (path.equals("/examples.js")) HttpReplies.send(resp, 200, "text/javascript", examplesScript);
        else run(path.substring(1), req, resp);
    }

    private void catalogue(HttpServletResponse resp) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        for (CannedQuery q : catalog.all()) list.add(describe(q));
        HttpReplies.send(resp, 200, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list));
    }

    private static Map<String, Object> describe(CannedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("summary", q.header().summary());
        m.put("description", q.header().description());
        m.put("tags", q.header().tags());
        List<Map<String, Object>> params = new ArrayList<>();
        for (QueryParameter p : q.header().params().values()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("type", p.type());
            p.defaultValue().ifPresent(d -> pm.put("default", d));
            pm.put("required", p.required());
            pm.put("doc", p.doc());
            params.add(pm);
        }
        m.put("params", params);
        m.put("columns", q.header().columns());
        q.header().example().ifPresent(e -> m.put("example", e));
        m.put("url", "/queries/" + q.name());
        return m;
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        ResultFormat format = ResultFormat.choose(req);
        Optional<CannedQuery> found = catalog.get(name);
        if (found.isEmpty()) {
            error(resp, format, 404, "no canned query named '" + name + "'; the catalogue is at /queries");
            return;
        }
        CannedQuery q = found.get();
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!CONTROLS.contains(k) && v.length > 0 && !v[0].isBlank()) params.put(k, v[0]);
        });
        Page page;
        try {
            Optional<DateValue> asOf = AsOfOption.parse(req.getParameter(AS_OF));
            // JSON is paged unless the whole answer is asked for (page_size=all); CSV and TSV, downloads, are whole unless a page is asked for.
            PageRequest request = PageRequest.parse(req.getParameter(PAGE_SIZE), req.getParameter(CURSOR),
                    format == ResultFormat.JSON ? PageRequest.DEFAULT_SIZE : 0);
            page = new QueryRunner(dataset.get(), timeoutMillis).page(q, params, asOf, request);
        } catch (ParameterException e) {
            error(resp, format, 400, e.getMessage());
            return;
        } catch (QueryCancelledException e) {
            error(resp, format, 503, "query stopped at the time limit of " + timeoutMillis / 1000 + " s");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(format.contentType);
        resp.setCharacterEncoding("UTF-8");
        pageHeaders(req, resp, page);
        try (OutputStream out = resp.getOutputStream()) {
            if (format == ResultFormat.JSON) ResultWriter.writeJson(page.rows(), pageMember(req, page), out);
            else ResultWriter.write(page.rows(), format, out);
        }
    }

    /** The page in the JSON answer's own terms: an extra member beside head and results, which SPARQL clients skip. */
    private static Map<String, Object> pageMember(HttpServletRequest req, Page page) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        m.put("offset", page.offset());
        m.put("size", page.size());
        m.put("rows", page.rowCount());
        page.next().ifPresent(c -> {
            m.put("next", c);
            m.put("nextUrl", pageUrl(req, page.size(), Optional.of(c)));
        });
        if (page.hasPrevious()) m.put("previousUrl", pageUrl(req, page.size(), page.previous()));
        return m;
    }

    /**
     * Where the page is in the whole answer, in headers so that every format carries it and the
     * body stays plain SPARQL results: {@code X-Total-Count} (rows in the whole answer), and
     * RFC 8288 {@code Link}s to the next and previous pages.
     */
    static void pageHeaders(HttpServletRequest req, HttpServletResponse resp, Page page) {
        resp.setHeader("X-Total-Count", String.valueOf(page.total()));
        List<String> links = new ArrayList<>();
        page.next().ifPresent(c -> links.add("<" + pageUrl(req, page.size(), Optional.of(c)) + ">; rel=\"next\""));
        if (page.hasPrevious()) links.add("<" + pageUrl(req, page.size(), page.previous()) + ">; rel=\"prev\"");
        if (!links.isEmpty()) resp.setHeader("Link", String.join(", ", links));
    }

    /** This request's URL with another cursor (none: the first page). */
    static String pageUrl(HttpServletRequest req, int size, Optional<String> cursor) {
        List<String> parts = new ArrayList<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.equals(CURSOR) && !k.equals(PAGE_SIZE) && v.length > 0) parts.add(enc(k) + "=" + enc(v[0]));
        });
        parts.add(PAGE_SIZE + "=" + size);
        cursor.ifPresent(c -> parts.add(CURSOR + "=" + enc(c)));
        return req.getRequestURI() + "?" + String.join("&", parts);
    }

    private static String enc(String s) { return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8); }

    private static void error(HttpServletResponse resp, ResultFormat format, int status, String message) throws IOException {
        switch (format) {
            case JSON -> HttpReplies.send(resp, status, "application/json", JSON.writeValueAsString(new java.util.TreeMap<>(Map.of("status", status, "error", message))) + "\n");
            default -> HttpReplies.send(resp, status, "text/plain", message + "\n");
        }
    }
}
