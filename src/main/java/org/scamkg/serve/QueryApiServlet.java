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
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.common.DateValue;
import org.scamkg.query.AsOfOption;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.ParameterException;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryParameter;
import org.scamkg.query.QueryRunner;

/**
 * The canned questions over HTTP, as data. {@code /queries} lists the catalogue as JSON;
 * {@code /queries/NAME?param=…&as_of=…} runs one and answers SPARQL JSON, CSV or TSV by the Accept
 * header (or {@code format=}). A browser's requests (HTML) are answered by the questions' forms
 * in {@code pages.QuestionServlet}, which hands every other request here. A bad parameter gets 400 with its message, an
 * unknown query 404, a query past the time limit 503.
 */
final class QueryApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String AS_OF = "as_of";
    static final String FORMAT = "format";
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
            if (!k.equals(AS_OF) && !k.equals(FORMAT) && v.length > 0 && !v[0].isBlank()) params.put(k, v[0]);
        });
        RowSetRewindable rows;
        try {
            Optional<DateValue> asOf = AsOfOption.parse(req.getParameter(AS_OF));
            rows = new QueryRunner(dataset.get(), timeoutMillis).select(q, params, asOf);
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
        try (OutputStream out = resp.getOutputStream()) {
            ResultWriter.write(rows, format, out);
        }
    }

    private static void error(HttpServletResponse resp, ResultFormat format, int status, String message) throws IOException {
        switch (format) {
            case JSON -> HttpReplies.send(resp, status, "application/json", JSON.writeValueAsString(new java.util.TreeMap<>(Map.of("status", status, "error", message))) + "\n");
            default -> HttpReplies.send(resp, status, "text/plain", message + "\n");
        }
    }
}
