package org.scamkg.serve;

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
import org.scamkg.vocab.Ids;

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
            if (html) HttpReplies.send(resp, 200, "text/html", Html.page("Search", form("")));
            else HttpReplies.send(resp, 400, "application/json", JSON.writeValueAsString(Map.of("error", "give a name to look for: /search?q=…")));
            return;
        }
        List<NameSearch.Hit> hits;
        try {
            hits = new NameSearch(dataset.get(), timeoutMillis).search(q, limit);
        } catch (ParameterException e) {
            if (html) HttpReplies.send(resp, 400, "text/html", Html.page("Search", form(q) + "<p>" + Html.escape(e.getMessage()) + "</p>"));
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
        StringBuilder b = new StringBuilder(form(q));
        if (hits.isEmpty()) b.append("<p>No entity has a name like “").append(Html.escape(q)).append("”.</p>");
        else {
            b.append("<table><thead><tr><th>entity</th><th>kind</th><th>matched name</th></tr></thead><tbody>");
            for (NameSearch.Hit h : hits)
                b.append("<tr><td>").append(Html.link(h.entity(), h.label().isEmpty() ? Ids.shortForm(h.entity()) : h.label()))
                        .append(" <span class=\"muted\">").append(Html.escape(Ids.shortForm(h.entity()))).append("</span></td><td>")
                        .append(Html.escape(String.join(", ", h.kinds().stream().map(k -> k.replaceFirst("^.*[#/]", "")).toList())))
                        .append("</td><td>").append(Html.escape(h.matched())).append("</td></tr>");
            b.append("</tbody></table>");
        }
        HttpReplies.send(resp, 200, "text/html", Html.page("Search", b.toString()));
    }

    private static String form(String q) {
        return "<form method=\"get\" action=\"/search\"><label>name <input name=\"q\" value=\"" + Html.escape(q)
                + "\" autofocus></label> <button type=\"submit\">search</button></form>";
    }

    private static int parseLimit(String s) {
        try {
            return s == null ? 20 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 20;
        }
    }
}
