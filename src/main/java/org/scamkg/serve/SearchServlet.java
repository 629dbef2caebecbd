package org.scamkg.serve;

import org.scamkg.serve.pages.SearchPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.Dataset;
import org.scamkg.query.NameSearch;
import org.scamkg.query.ParameterException;

/** {@code /search?q=NAME}: entities by name or alias, as an HTML page or JSON (by Accept or {@code format=json}). */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient Supplier<Dataset> dataset;
    private final long timeoutMillis;

    SearchServlet(Supplier<Dataset> dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean html = ResultFormat.choose(req) == ResultFormat.HTML;
        String q = req.getParameter("q");
        int limit = parseLimit(req.getParameter("limit"));
        if (q == null || q.isBlank()) {
            if (html) HttpReplies.send(resp, 200, "text/html", SearchPage.render("", List.of(), ""));
            else HttpReplies.send(resp, 400, "application/json", JSON.writeValueAsString(Map.of("error", "give a name to look for: /search?q=…")));
            return;
        }
        List<NameSearch.Hit> hits;
        try {
            hits = new NameSearch(dataset.get(), timeoutMillis).search(q, limit);
        } catch (ParameterException e) {
            if (html) HttpReplies.send(resp, 400, "text/html", SearchPage.render(q, List.of(), e.getMessage()));
            else HttpReplies.send(resp, 400, "application/json", JSON.writeValueAsString(Map.of("error", e.getMessage())));
            return;
        }
        if (!html) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (NameSearch.Hit h : hits) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("entity", h.entity());
                m.put("label", h.label());
                m.put("kinds", h.kinds());
                m.put("matched", h.matched());
                m.put("score", h.score());
                m.put("page", Html.localHref(h.entity()));
                out.add(m);
            }
            HttpReplies.send(resp, 200, "application/json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("query", q, "results", out)));
            return;
        }
        HttpReplies.send(resp, 200, "text/html", SearchPage.render(q, hits, ""));
    }

    private static int parseLimit(String s) {
        try {
            return s == null ? 20 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 20;
        }
    }
}
