package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.PrefixMappingMem;
import org.scamkg.export.EntityDescription;
import org.scamkg.export.JsonLdWriter;
import org.scamkg.export.RdfExport;
import org.scamkg.export.RdfFormat;
import org.scamkg.query.QueryCatalog;
import org.scamkg.vocab.FTM;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Prefixes;

/**
 * Every {@code https://w3id.org/scamkg/id/…} identifier, dereferenced at the same path on this
 * server ({@code /id/person/sar-sokha}): an HTML page for browsers, Turtle, JSON-LD, N-Triples
 * or RDF/XML by the Accept header or by extension ({@code .ttl}, {@code .jsonld}, {@code .nt},
 * {@code .rdf}). An identifier the graph does not describe is 404.
 */
final class EntityServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*)(?:\\.([a-z]+))?");
    /**
     * An imported FollowTheMoney entity, {@code /id/ftm/<dataset>/<percent-encoded id>}. Its id may
     * hold dots, so these pages are negotiated by the Accept header only, not by extension.
     */
    private static final Pattern FTM_PATH = Pattern.compile("/ftm/([a-z0-9]+(?:-[a-z0-9]+)*)/([^/]+)");
    /** Turtle first: a client that accepts anything gets data; browsers ask for HTML by name. */
    private static final AcceptList OFFERED = AcceptList.create("text/turtle", "text/html", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private final transient Supplier<Dataset> dataset;
    private final transient QueryCatalog catalog;
    private final long timeoutMillis;

    EntityServlet(Supplier<Dataset> dataset, QueryCatalog catalog, long timeoutMillis) {
        this.dataset = dataset;
        this.catalog = catalog;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        String raw = req.getRequestURI().substring(req.getContextPath().length() + req.getServletPath().length());
        Matcher f = FTM_PATH.matcher(raw);
        if (f.matches()) {
            String id = URLDecoder.decode(f.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
            describe(req, resp, FTM.entityIri(f.group(1), id), Optional.empty());
            return;
        }
        Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!m.matches() || Ids.Kind.fromSegment(m.group(1).substring(0, m.group(1).indexOf('/'))).isEmpty()) {
            notFound(resp, req.getRequestURI());
            return;
        }
        String iri = Ids.ID + m.group(1);
        Optional<RdfFormat> byExtension = Optional.ofNullable(m.group(2)).flatMap(RdfFormat::byExtension);
        if (m.group(2) != null && (byExtension.isEmpty() || byExtension.get().quads && byExtension.get() != RdfFormat.JSONLD)) {
            notFound(resp, req.getRequestURI());
            return;
        }
        describe(req, resp, iri, byExtension);
    }

    private void describe(HttpServletRequest req, HttpServletResponse resp, String iri, Optional<RdfFormat> byExtension) throws IOException {
        Dataset ds = dataset.get();
        if (!ds.calculateRead(() -> EntityDescription.exists(ds.asDatasetGraph(), iri))) {
            notFound(resp, req.getRequestURI());
            return;
        }
        String type = byExtension.map(RdfFormat::contentType).orElseGet(() -> negotiate(req));
        if (type.equals("text/html")) {
            HttpReplies.send(resp, 200, "text/html", new EntityPage(catalog, ds, timeoutMillis).render(iri));
            return;
        }
        RdfFormat format = switch (type) {
            case "application/ld+json" -> RdfFormat.JSONLD;
            case "application/n-triples" -> RdfFormat.NT;
            case "application/rdf+xml" -> RdfFormat.RDFXML;
            default -> RdfFormat.TTL;
        };
        resp.setStatus(200);
        resp.setContentType(format.contentType());
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            ds.executeRead(() -> {
                Graph g = EntityDescription.of(ds.asDatasetGraph(), iri);
                if (format == RdfFormat.JSONLD) {
                    JsonObject context = RdfExport.context(ds.asDatasetGraph());
                    JsonLdWriter.write(DatasetGraphFactory.wrap(g), context, out);
                } else {
                    PrefixMappingMem pm = new PrefixMappingMem();
                    pm.setNsPrefixes(Prefixes.standard());
                    g.getPrefixMapping().setNsPrefixes(pm);
                    RDFDataMgr.write(out, g, format == RdfFormat.TTL ? org.apache.jena.riot.RDFFormat.TURTLE_PRETTY : format.jenaFormatForGraph());
                }
            });
        }
    }

    private static String negotiate(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return "text/turtle";
        MediaType m = AcceptList.match(new AcceptList(accept), OFFERED);
        return m == null ? "text/turtle" : m.getContentTypeStr();
    }

    private static void notFound(HttpServletResponse resp, String uri) throws IOException {
        HttpReplies.send(resp, 404, "text/html", Html.page("Not found", "<p>Nothing in the graph is identified by <code>"
                + Html.escape(uri) + "</code>. Try the <a href=\"/search\">name search</a>.</p>"));
    }
}
