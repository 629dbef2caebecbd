package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The canned questions over HTTP. {@code /queries} lists the catalogue (HTML or JSON);
 * {@code /queries/NAME?param=…&as_of=…} runs one and answers SPARQL JSON, CSV, TSV or an HTML
 * table by the Accept header (or {@code format=}). A bad parameter gets 400 with its message, an
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
        if (path.equals("/")) catalogue(req, resp);
        else if (path.equals("/examples.js")) HttpReplies.send(resp, 200, "text/javascript", examplesScript);
        else run(path.substring(1), req, resp);
    }

    private void catalogue(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean html = ResultFormat.choose(req) == ResultFormat.HTML;
        if (!html) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (CannedQuery q : catalog.all()) list.add(describe(q));
            HttpReplies.send(resp, 200, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(list));
            return;
        }
        StringBuilder b = new StringBuilder("<p>Each question is one SPARQL query in <code>queries/</code>. Run it here, from the command line "
                + "(<code>bin/scamkg query NAME</code>), or open it in the query editor. Add <code>as_of=YYYY-MM-DD</code> to see only what "
                + "sources published by then said.</p><table><thead><tr><th>question</th><th>name</th><th>parameters</th><th></th></tr></thead><tbody>");
        for (CannedQuery q : catalog.all()) {
            b.append("<tr><td>").append(Html.escape(q.header().summary())).append("</td><td><a href=\"/queries/")
                    .append(Html.escape(q.name())).append("\"><code>").append(Html.escape(q.name())).append("</code></a></td><td>");
            for (QueryParameter p : q.header().params().values())
                b.append("<code>").append(Html.escape(p.name())).append("</code> ").append(Html.escape(p.doc())).append("<br>");
            b.append("</td><td><a href=\"").append(Html.escape(editorLink(q))).append("\">open in editor</a></td></tr>\n");
        }
        b.append("</tbody></table>");
        HttpReplies.send(resp, 200, "text/html", Html.page("Questions", b.toString()));
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

    static String editorLink(CannedQuery q) {
        return "/#/dataset/kg/query?query=" + URLEncoder.encode(EditorExamples.runnable(q), StandardCharsets.UTF_8).replace("+", "%20");
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
        if (format == ResultFormat.HTML) {
            HttpReplies.send(resp, 200, "text/html", Html.page(q.header().summary(), form(q, req) + ResultWriter.table(rows)));
            return;
        }
        resp.setStatus(200);
        resp.setContentType(format.contentType);
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            ResultWriter.write(rows, format, out);
        }
    }

    /** The question's description and a form to run it again with other values. */
    private static String form(CannedQuery q, HttpServletRequest req) {
        StringBuilder b = new StringBuilder("<p>").append(Html.escape(q.header().description())).append("</p>")
                .append("<form method=\"get\" action=\"/queries/").append(Html.escape(q.name())).append("\">");
        for (QueryParameter p : q.header().params().values()) {
            String value = Optional.ofNullable(req.getParameter(p.name())).orElse(p.defaultValue().orElse(""));
            b.append("<label>").append(Html.escape(p.name())).append(" <input name=\"").append(Html.escape(p.name()))
                    .append("\" value=\"").append(Html.escape(value)).append("\"> <span class=\"muted\">")
                    .append(Html.escape(p.doc())).append("</span></label>");
        }
        b.append("<label>as_of <input name=\"as_of\" value=\"").append(Html.escape(Optional.ofNullable(req.getParameter(AS_OF)).orElse("")))
                .append("\"> <span class=\"muted\">only sources published by this date (optional)</span></label>")
                .append("<button type=\"submit\">run</button> <a href=\"").append(Html.escape(editorLink(q)))
                .append("\">open in editor</a></form>");
        return b.toString();
    }

    private static void error(HttpServletResponse resp, ResultFormat format, int status, String message) throws IOException {
        switch (format) {
            case HTML -> HttpReplies.send(resp, status, "text/html", Html.page("Error " + status, "<p>" + Html.escape(message) + "</p>"));
            case JSON -> HttpReplies.send(resp, status, "application/json", JSON.writeValueAsString(Map.of("error", message)) + "\n");
            default -> HttpReplies.send(resp, status, "text/plain", message + "\n");
        }
    }
}
