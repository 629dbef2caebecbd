package org.scamkg.serve.pages;

import org.scamkg.site.Templates;
import java.io.IOException;
import java.util.ArrayList;
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
import org.scamkg.query.CannedQuery;
import org.scamkg.query.ParameterException;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.site.Counted;
import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.Ids;

/**
 * The pictures: {@code /network?entity=…}, an entity's neighbourhood as an interactive network
 * (a node expands on a click, and opens its page; an edge shows its sources and quotes), with its
 * data at {@code /network.json}; and {@code /links?from=…&to=…}, the cited chains between two
 * entities as a picture and as a list, each hop with its source and quote. The drawing is done
 * by Cytoscape.js, served from the jar.
 */
final class PictureServlets {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PictureServlets() {}

    /** An entity the data names, from a full IRI or a short form; empty otherwise. */
    static Optional<String> entity(String text, Dataset ds) {
        if (text == null || text.isBlank()) return Optional.empty();
        return Ids.resolve(text).filter(i -> i.startsWith(Ids.ID))
                .filter(i -> ReadTransactions.calculate(ds, () -> IdentifierServlet.used(ds.asDatasetGraph(), i)));
    }

    /** A picture page that answers from canned questions over the store, within the time limit. */
    abstract static class QuestionPicture extends HttpServlet {
        private static final long serialVersionUID = 1L;
        final transient QueryCatalog catalog;
        final transient Supplier<Dataset> dataset;
        final long timeoutMillis;

        QuestionPicture(QueryCatalog catalog, Supplier<Dataset> dataset, long timeoutMillis) {
            this.catalog = catalog;
            this.dataset = dataset;
            this.timeoutMillis = timeoutMillis;
        }
    }

    static final class NetworkServlet extends QuestionPicture {
        private static final long serialVersionUID = 1L;

        NetworkServlet(QueryCatalog catalog, Supplier<Dataset> dataset, long timeoutMillis) {
            super(catalog, dataset, timeoutMillis);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Dataset ds = dataset.get();
            Optional<String> e = entity(req.getParameter("entity"), ds);
            boolean json = req.getRequestURI().endsWith(".json");
            if (e.isEmpty()) {
                if (json) Site.send(resp, 404, "application/json", JSON.writeValueAsString(Map.of("error", "no entity named by 'entity'")));
                else Site.notFound(resp, req.getRequestURI() + "?entity=" + Optional.ofNullable(req.getParameter("entity")).orElse(""));
                return;
            }
            Network n = ReadTransactions.calculate(ds, () -> Network.around(e.get(), catalog, ds, timeoutMillis));
            if (json) {
                Site.send(resp, 200, "application/json", JSON.writeValueAsString(n.json()));
                return;
            }
            Map<String, Object> m = Site.page("Network of " + n.node(e.get()).label());
            m.put("entity", e.get());
            m.put("entityHref", Labels.href(e.get()));
            m.put("edges", edgeList(n));
            Site.send(resp, 200, "text/html", Templates.render("network", m));
        }
    }

    record EdgeLine(String from, String fromHref, String label, String to, String toHref, List<Network.Evidence> evidence) {}

    static List<EdgeLine> edgeList(Network n) {
        List<EdgeLine> out = new ArrayList<>();
        for (Network.Edge e : n.edges.values()) {
            Network.NodeView a = n.nodes.get(e.from());
            Network.NodeView b = n.nodes.get(e.to());
            out.add(new EdgeLine(a.label(), a.href(), e.label(), b.label(), b.href(), e.evidence()));
        }
        return out;
    }

    static final class LinksServlet extends QuestionPicture {
        private static final long serialVersionUID = 1L;

        LinksServlet(QueryCatalog catalog, Supplier<Dataset> dataset, long timeoutMillis) {
            super(catalog, dataset, timeoutMillis);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Dataset ds = dataset.get();
            boolean json = req.getRequestURI().endsWith(".json");
            String fromText = Optional.ofNullable(req.getParameter("from")).orElse("").strip();
            String toText = Optional.ofNullable(req.getParameter("to")).orElse("").strip();
            String hops = Optional.ofNullable(req.getParameter("max_hops")).orElse("3");
            Map<String, Object> m = Site.page("Trace links");
            m.put("from", fromText);
            m.put("to", toText);
            m.put("fromLabel", entity(fromText, ds).map(i -> ReadTransactions.calculate(ds, () -> new Labels(ds.asDatasetGraph()).of(i))).orElse(""));
            m.put("toLabel", entity(toText, ds).map(i -> ReadTransactions.calculate(ds, () -> new Labels(ds.asDatasetGraph()).of(i))).orElse(""));
            List<Map<String, Object>> hopChoices = new ArrayList<>();
            for (String h : List.of("1", "2", "3", "4", "5")) hopChoices.add(Map.of("value", h, "text", Counted.of(Integer.parseInt(h), "statement", "statements"), "selected", h.equals(hops)));
            m.put("hopChoices", hopChoices);
            int status = 200;
            // One end given (a page's "trace its links to…"): the form, with that end filled in.
            if (!fromText.isEmpty() && !toText.isEmpty()) {
                Optional<CannedQuery> q = catalog.get("links-between");
                String error = "";
                try {
                    if (entity(fromText, ds).isEmpty()) { m.put("fromError", "Pick the first entity from the suggestions."); throw new ParameterException(""); }
                    if (entity(toText, ds).isEmpty()) { m.put("toError", "Pick the second entity from the suggestions."); throw new ParameterException(""); }
                    RowSetRewindable rows = new QueryRunner(ds, timeoutMillis).select(q.orElseThrow(),
                            Map.of("from", fromText, "to", toText, "max_hops", hops), Optional.empty());
                    Network picture = ReadTransactions.calculate(ds, () -> {
                        Network p = new Network(new Labels(ds.asDatasetGraph()));
                        p.node(entity(fromText, ds).orElseThrow());
                        p.node(entity(toText, ds).orElseThrow());
                        return p;
                    });
                    List<Network.Chain> chains = ReadTransactions.calculate(ds, () -> Network.chains(rows, new Labels(ds.asDatasetGraph()), picture));
                    if (json) {
                        Site.send(resp, 200, "application/json", JSON.writeValueAsString(picture.json()));
                        return;
                    }
                    m.put("chains", chains);
                    m.put("asked", true);
                    m.put("count", Counted.of(chains.size(), "chain", "chains"));
                    m.put("dataUrl", "/links.json?" + req.getQueryString());
                } catch (ParameterException e) {
                    error = e.getMessage();
                    status = 400;
                } catch (QueryCancelledException e) {
                    error = "Tracing took longer than the time limit; try fewer hops.";
                    status = 503;
                }
                m.put("error", error);
                if (json && status != 200) {
                    Site.send(resp, status, "application/json", JSON.writeValueAsString(Map.of("error", error.isEmpty() ? "pick two entities" : error)));
                    return;
                }
            }
            Site.send(resp, status, "text/html", Templates.render("links", m));
        }
    }
}
