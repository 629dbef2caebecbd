package org.scamkg.serve.pages;

import org.scamkg.site.Counted;
import org.scamkg.site.Templates;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.vocabulary.SKOS;
import org.scamkg.common.DateValue;
import org.scamkg.query.AsOfOption;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.Cursor;
import org.scamkg.query.Page;
import org.scamkg.query.PageRequest;
import org.scamkg.query.ParameterException;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryParameter;
import org.scamkg.query.QueryRunner;
import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.Ids;

/**
 * {@code /queries} for a browser: the catalogue, and each canned question as a form with an
 * input per parameter (a name picker for an entity, a list of the terms for a vocabulary, a
 * date field), a bad value's message beside its field, and the answer as a table of labelled
 * links, a page at a time (100 rows unless {@code page_size} says otherwise, at most 1000), with
 * the total, links to the next and previous pages, and CSV and JSON downloads of the whole
 * answer or of the page shown. A question whose required fields are empty shows its form,
 * not an error. Every other format goes to the query API.
 */
final class QuestionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String AS_OF = "as_of";
    static final String PAGE_SIZE = "page_size";
    static final String CURSOR = "cursor";
    /** How to answer, not what to ask: not parameters of the question. */
    private static final java.util.Set<String> CONTROLS = java.util.Set.of(AS_OF, "format", PAGE_SIZE, CURSOR);
    private static final Pattern FIELD = Pattern.compile("^parameter '([^']+)'");
    private static final AcceptList OFFERED = AcceptList.create("application/sparql-results+json", "text/csv", "text/tab-separated-values",
            "text/html", "application/json");

    private final transient QueryCatalog catalog;
    private final transient Supplier<Dataset> dataset;
    private final long timeoutMillis;
    private final HttpServlet api;

    QuestionServlet(QueryCatalog catalog, Supplier<Dataset> dataset, long timeoutMillis, HttpServlet api) {
        this.catalog = catalog;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
        this.api = api;
    }

    static boolean wantsHtml(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) return f.equals("html");
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return false;
        MediaType m = AcceptList.match(new AcceptList(accept), OFFERED);
        return m != null && m.getContentTypeStr().equals("text/html");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException, ServletException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (!wantsHtml(req) || path.equals("/examples.js")) {
            api.service(req, resp);
            return;
        }
        if (path.equals("/")) {
            Site.send(resp, 200, "text/html", catalogue());
            return;
        }
        Optional<CannedQuery> q = catalog.get(path.substring(1));
        if (q.isEmpty()) {
            Site.notFound(resp, req.getRequestURI());
            return;
        }
        question(q.get(), req, resp);
    }

    record Entry(String name, String summary, String params) {}

    private String catalogue() {
        Map<String, Object> m = Site.page("Questions");
        List<Entry> entries = new ArrayList<>();
        for (CannedQuery q : catalog.all())
            entries.add(new Entry(q.name(), q.header().summary(), String.join(", ", q.header().params().keySet())));
        m.put("questions", entries);
        return Templates.render("questions", m);
    }

    record Option(String value, String label, boolean selected) {}

    record Field(String name, String label, String doc, String value, String kind, boolean required, List<Option> options,
                 String error, String placeholder, String valueLabel) {
        Field(String name, String label, String doc, String value, String kind, boolean required, List<Option> options, String error,
              String placeholder) {
            this(name, label, doc, value, kind, required, options, error, placeholder, "");
        }

        public boolean isText() { return kind.equals("text"); }
        public boolean isEntity() { return kind.equals("entity"); }
        public boolean isChoice() { return kind.equals("choice"); }
        public boolean isNumber() { return kind.equals("number"); }
    }

    private void question(CannedQuery q, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!CONTROLS.contains(k) && v.length > 0 && !v[0].isBlank()) params.put(k, v[0].strip());
        });
        String asOf = Optional.ofNullable(req.getParameter(AS_OF)).orElse("").strip();
        boolean asked = req.getQueryString() != null && !req.getQueryString().isBlank();
        boolean missingRequired = q.header().params().values().stream().anyMatch(p -> p.required() && !params.containsKey(p.name()));
        String error = "";
        String errorField = "";
        Page page = null;
        int status = 200;
        if (!missingRequired || asked) {
            try {
                Optional<DateValue> asOfDate = AsOfOption.parse(asOf.isEmpty() ? null : asOf);
                PageRequest request = PageRequest.parse(req.getParameter(PAGE_SIZE), req.getParameter(CURSOR), PageRequest.DEFAULT_SIZE);
                if (request.isWhole()) request = new PageRequest(PageRequest.MAX_SIZE, Optional.empty()); // a page has at most MAX_SIZE rows
                page = new QueryRunner(dataset.get(), timeoutMillis).page(q, params, asOfDate, request);
            } catch (ParameterException e) {
                error = e.getMessage();
                Matcher m = FIELD.matcher(error);
                errorField = m.find() ? m.group(1) : error.startsWith("as-of") ? AS_OF : "";
                status = 400;
            } catch (QueryCancelledException e) {
                error = "The question took longer than the time limit of " + timeoutMillis / 1000 + " s.";
                status = 503;
            }
        }
        Dataset ds = dataset.get();
        Map<String, Object> m = Site.page(q.header().summary());
        m.put("name", q.name());
        m.put("description", q.header().description());
        List<Field> fields = new ArrayList<>();
        for (QueryParameter p : q.header().params().values()) {
            String value = params.getOrDefault(p.name(), asked ? "" : p.defaultValue().orElse(""));
            String fieldError = p.name().equals(errorField) ? error : "";
            fields.add(ReadTransactions.calculate(ds, () -> field(p, value, fieldError, ds)));
        }
        fields.add(new Field(AS_OF, "as of", "only what sources published by this date said (optional)", asOf, "text", false, List.of(),
                errorField.equals(AS_OF) ? error : "", "YYYY, YYYY-MM or YYYY-MM-DD"));
        m.put("fields", fields);
        m.put("formError", errorField.isEmpty() ? error : "");
        m.put("editor", Editor.link(q, params));
        if (page != null) {
            RowSetRewindable r = page.rows();
            ResultTable t = ReadTransactions.calculate(ds, () -> ResultTable.of(r, new Labels(ds.asDatasetGraph()), List.of(), 0));
            m.put("result", t);
            m.put("count", Counted.of(page.total(), "answer", "answers"));
            m.put("paged", page.total() > page.rowCount() || page.offset() > 0);
            m.put("shown", page.rowCount() == 0 ? "no rows on this page"
                    : "rows " + Counted.number(page.firstRow()) + "–" + Counted.number(page.lastRow()));
            String path = "/queries/" + q.name();
            String query = queryString(params, asOf);
            String size = page.size() == PageRequest.DEFAULT_SIZE ? "" : PAGE_SIZE + "=" + page.size();
            String here = page.offset() == 0 ? "" : CURSOR + "=" + enc(Cursor.encode(page.offset(), Cursor.questionKey(q.name(),
                    org.scamkg.query.ParameterBinder.bind(q, params), AsOfOption.parse(asOf.isEmpty() ? null : asOf))));
            m.put("csv", url(path, query, "format=csv"));
            m.put("json", url(path, query, "format=json", PAGE_SIZE + "=all"));
            m.put("pageCsv", url(path, query, "format=csv", PAGE_SIZE + "=" + page.size(), here));
            m.put("pageJson", url(path, query, "format=json", PAGE_SIZE + "=" + page.size(), here));
            page.next().ifPresent(c -> m.put("next", url(path, query, size, CURSOR + "=" + enc(c))));
            // the previous page of the second is the first, asked without a cursor
            if (page.hasPrevious()) m.put("previous", url(path, query, size,
                    page.previous().filter(c -> Cursor.offset(c) > 0).map(c -> CURSOR + "=" + enc(c)).orElse("")));
        }
        Site.send(resp, status, "text/html", Templates.render("question", m));
    }

    private static Field field(QueryParameter p, String value, String error, Dataset ds) {
        String doc = p.doc() + (p.required() ? "" : p.defaultValue().map(d -> " (default " + d + ")").orElse(" (optional)"));
        if (p.scheme().isPresent()) {
            List<Option> options = new ArrayList<>();
            if (!p.required()) options.add(new Option("", "(any)", value.isEmpty()));
            Labels labels = new Labels(ds.asDatasetGraph());
            Node scheme = NodeFactory.createURI(Ids.vocabScheme(p.scheme().get()));
            List<String> terms = new ArrayList<>();
            ds.asDatasetGraph().getUnionGraph().find(Node.ANY, SKOS.inScheme.asNode(), scheme)
                    .forEachRemaining(t -> { if (t.getSubject().isURI()) terms.add(t.getSubject().getURI()); });
            terms.stream().distinct().sorted().forEach(t -> {
                String term = t.substring(t.lastIndexOf('/') + 1);
                options.add(new Option(term, labels.of(t), term.equals(value) || t.equals(value)));
            });
            return new Field(p.name(), p.name().replace('_', ' '), doc, value, "choice", p.required(), options, error, "");
        }
        return switch (p.type()) {
            case "iri" -> new Field(p.name(), p.name().replace('_', ' '), doc, value, "entity", p.required(), List.of(), error,
                    "type a name, then pick it", Ids.resolve(value).filter(i -> !value.isBlank()).map(i -> new Labels(ds.asDatasetGraph()).of(i)).orElse(""));
            case "xsd:integer", "xsd:decimal" -> new Field(p.name(), p.name().replace('_', ' '), doc, value, "number", p.required(), List.of(), error, "");
            case "xsd:date" -> new Field(p.name(), p.name().replace('_', ' '), doc, value, "text", p.required(), List.of(), error,
                    "YYYY, YYYY-MM or YYYY-MM-DD");
            default -> new Field(p.name(), p.name().replace('_', ' '), doc, value, "text", p.required(), List.of(), error, "");
        };
    }

    private static String queryString(Map<String, String> params, String asOf) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(enc(k) + "=" + enc(v)));
        if (!asOf.isEmpty()) parts.add(AS_OF + "=" + enc(asOf));
        return String.join("&", parts);
    }

    /** A path with the non-empty parts of its query string. */
    private static String url(String path, String... parts) {
        String q = String.join("&", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
        return q.isEmpty() ? path : path + "?" + q;
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
