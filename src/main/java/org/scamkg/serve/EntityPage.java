package org.scamkg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.vocab.Ids;

/**
 * The HTML page of one entity, built from the canned questions about it (entity-profile,
 * name-variants, entity-timeline, claims-about), so the page says exactly what those queries
 * say: its names, its facts grouped with source and quote, its events in date order, the claims
 * it made or that concern it with what they dispute, and links to everything connected.
 */
final class EntityPage {
    private final QueryCatalog catalog;
    private final QueryRunner runner;

    EntityPage(QueryCatalog catalog, Dataset dataset, long timeoutMillis) {
        this.catalog = catalog;
        this.runner = new QueryRunner(dataset, timeoutMillis);
    }

    String render(String iri) {
        Map<String, String> param = Map.of("entity", iri);
        List<Binding> profile = rows("entity-profile", param);
        String name = label(iri, profile);
        StringBuilder b = new StringBuilder();
        b.append("<p><code>").append(Html.escape(iri)).append("</code></p><p>");
        b.append("kind: ").append(Html.escape(String.join(", ", kinds(profile)))).append(" · as ");
        for (String ext : List.of("ttl", "jsonld", "nt", "rdf"))
            b.append("<a href=\"").append(Html.escape(Html.localHref(iri))).append('.').append(ext).append("\">").append(ext).append("</a> ");
        catalog.get("entity-profile").ifPresent(q -> b.append("· <a href=\"").append(Html.escape(editorLink(q, param)))
                .append("\">open in the query editor</a>"));
        b.append("</p>");
        names(b, rows("name-variants", param));
        facts(b, profile);
        events(b, rows("entity-timeline", param));
        claims(b, rows("claims-about", param));
        connected(b, profile, iri);
        return Html.page(name, b.toString());
    }

    private List<Binding> rows(String query, Map<String, String> params) {
        Optional<CannedQuery> q = catalog.get(query);
        if (q.isEmpty()) return List.of();
        RowSetRewindable rs = runner.select(q.get(), params, Optional.empty());
        List<Binding> out = new java.util.ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    private static String editorLink(CannedQuery q, Map<String, String> params) {
        return "/#/dataset/kg/query?query=" + java.net.URLEncoder.encode(EditorExamples.runnable(q, params), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String label(String iri, List<Binding> profile) {
        return profile.stream().filter(r -> "out".equals(text(r, "direction")) && text(r, "property").endsWith("rdf-schema#label"))
                .map(r -> text(r, "value")).findFirst().orElse(Ids.shortForm(iri));
    }

    private static List<String> kinds(List<Binding> profile) {
        return profile.stream().filter(r -> "out".equals(text(r, "direction")) && text(r, "property").endsWith("#type"))
                .map(r -> text(r, "value").replaceFirst("^.*[#/]", "")).distinct().toList();
    }

    private static void names(StringBuilder b, List<Binding> rows) {
        if (rows.isEmpty()) return;
        b.append("<h2>Names</h2><table><thead><tr><th>name</th><th>how</th><th>source</th><th>quote</th></tr></thead><tbody>");
        for (Binding r : rows)
            b.append("<tr><td>").append(Html.escape(text(r, "name"))).append(lang(r)).append("</td><td>").append(Html.escape(text(r, "kind")))
                    .append("</td><td>").append(link(r.get("source"))).append("</td><td>").append(Html.escape(text(r, "quote"))).append("</td></tr>");
        b.append("</tbody></table>");
    }

    private static String lang(Binding r) {
        String l = text(r, "language");
        return l.isEmpty() || l.equals("en") ? "" : " <span class=\"muted\">(" + Html.escape(l) + ")</span>";
    }

    /** Its own statements, then what points to it, each grouped by property. */
    private static void facts(StringBuilder b, List<Binding> profile) {
        for (String direction : List.of("out", "in")) {
            Map<String, StringBuilder> byProperty = new TreeMap<>();
            for (Binding r : profile) {
                if (!direction.equals(text(r, "direction"))) continue;
                String p = text(r, "property").replaceFirst("^.*[#/]", "");
                if (direction.equals("out") && (p.equals("type") || p.equals("label") || p.equals("altLabel") || p.equals("quote"))) continue;
                if (direction.equals("in") && (p.equals("attests") || p.equals("claimant") || p.equals("about"))) continue;
                byProperty.computeIfAbsent(p, k -> new StringBuilder()).append("<tr><td>").append(value(r)).append("</td><td>")
                        .append(link(r.get("source"))).append("</td><td>").append(Html.escape(text(r, "quote"))).append("</td></tr>");
            }
            if (byProperty.isEmpty()) continue;
            b.append(direction.equals("out") ? "<h2>Facts</h2>" : "<h2>Referred to by</h2>");
            byProperty.forEach((p, rowsHtml) -> b.append("<h3>").append(Html.escape(p)).append(direction.equals("in") ? " (of)" : "")
                    .append("</h3><table><thead><tr><th>value</th><th>source</th><th>quote</th></tr></thead><tbody>").append(rowsHtml)
                    .append("</tbody></table>"));
        }
    }

    private static void events(StringBuilder b, List<Binding> rows) {
        if (rows.isEmpty()) return;
        b.append("<h2>Events</h2><table><thead><tr><th>date</th><th>event</th><th>type</th><th>role</th><th>sources</th></tr></thead><tbody>");
        for (Binding r : rows)
            b.append("<tr><td>").append(Html.escape(text(r, "date"))).append("</td><td>")
                    .append(Html.link(r.get("event").getURI(), text(r, "eventLabel"))).append("</td><td>")
                    .append(Html.escape(text(r, "type").replaceFirst("^.*/", ""))).append("</td><td>").append(Html.escape(text(r, "role")))
                    .append("</td><td>").append(links(text(r, "sources"))).append("</td></tr>");
        b.append("</tbody></table>");
    }

    private static void claims(StringBuilder b, List<Binding> rows) {
        if (rows.isEmpty()) return;
        b.append("<h2>Claims</h2><table><thead><tr><th>relation</th><th>claim</th><th>claimant</th><th>stated</th>"
                + "<th>disputes</th><th>disputed by</th><th>source</th></tr></thead><tbody>");
        for (Binding r : rows)
            b.append("<tr><td>").append(Html.escape(text(r, "relation"))).append("</td><td>")
                    .append(Html.link(r.get("claim").getURI(), text(r, "label"))).append("</td><td>").append(link(r.get("claimant")))
                    .append("</td><td>").append(Html.escape(text(r, "stated"))).append("</td><td>").append(links(text(r, "disputes")))
                    .append("</td><td>").append(links(text(r, "disputedBy"))).append("</td><td>").append(link(r.get("source")))
                    .append("</td></tr>");
        b.append("</tbody></table>");
    }

    private static void connected(StringBuilder b, List<Binding> profile, String iri) {
        Map<String, String> linked = new LinkedHashMap<>();
        for (Binding r : profile) {
            Node v = r.get("value");
            if (v != null && v.isURI() && v.getURI().startsWith(Ids.ID) && !v.getURI().startsWith(iri + "/"))
                linked.putIfAbsent(v.getURI(), text(r, "valueLabel"));
        }
        if (linked.isEmpty()) return;
        b.append("<h2>Connected</h2><ul>");
        linked.forEach((u, l) -> b.append("<li>").append(Html.link(u, l.isEmpty() ? Ids.shortForm(u) : l))
                .append(" <span class=\"muted\">").append(Html.escape(Ids.shortForm(u))).append("</span></li>"));
        b.append("</ul>");
    }

    private static String value(Binding r) {
        Node v = r.get("value");
        if (v == null) return "";
        if (v.isURI()) return Html.link(v.getURI(), text(r, "valueLabel").isEmpty() ? Ids.shortForm(v.getURI()) : text(r, "valueLabel"));
        return Html.escape(v.isLiteral() ? v.getLiteralLexicalForm() : v.toString());
    }

    private static String link(Node n) {
        if (n == null) return "";
        return n.isURI() ? Html.link(n.getURI(), Ids.shortForm(n.getURI())) : Html.escape(n.toString());
    }

    private static String links(String spaceSeparated) {
        if (spaceSeparated.isBlank()) return "";
        StringBuilder b = new StringBuilder();
        for (String u : spaceSeparated.split(" ")) if (!u.isBlank()) b.append(Html.link(u, Ids.shortForm(u))).append("<br>");
        return b.toString();
    }

    private static String text(Binding r, String var) {
        Node n = r.get(var);
        if (n == null) return "";
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
