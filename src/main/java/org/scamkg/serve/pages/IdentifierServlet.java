package org.scamkg.serve.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.PrefixMappingMem;
import org.scamkg.export.DatasetDescription;
import org.scamkg.export.EntityDescription;
import org.scamkg.export.JsonLdWriter;
import org.scamkg.export.OntologyDoc;
import org.scamkg.export.RdfExport;
import org.scamkg.export.RdfFormat;
import org.scamkg.query.QueryCatalog;
import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.FTM;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Prefixes;

/**
 * Every {@code https://w3id.org/scamkg/…} identifier the data uses, dereferenced at the same path
 * on this server: entities and their parts (holdings, attestations, geometries) under
 * {@code /id/}, vocabulary schemes and concepts under {@code /vocab/}, named graphs under
 * {@code /graph/}, the dataset at {@code /dataset}, the ontology and its terms at
 * {@code /ontology} (a term's page is the ontology's, at the anchor named after the term). HTML
 * for a browser; Turtle, JSON-LD, N-Triples or RDF/XML by the Accept header or by extension
 * ({@code .ttl}, {@code .jsonld}, {@code .nt}, {@code .rdf}). Anything else is a 404 page.
 */
final class IdentifierServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern EXTENSION = Pattern.compile("(.*)\\.(ttl|jsonld|nt|rdf)");
    /** An imported FollowTheMoney entity: its id may hold dots, so it is negotiated by the Accept header only. */
    private static final Pattern FTM_PATH = Pattern.compile("/id/ftm/([a-z0-9]+(?:-[a-z0-9]+)*)/([^/]+)");
    /** Turtle first: a client that accepts anything gets data; browsers ask for HTML by name. */
    private static final AcceptList OFFERED = AcceptList.create("text/turtle", "text/html", "application/ld+json",
            "application/n-triples", "application/rdf+xml");

    private final transient Supplier<Dataset> dataset;
    private final transient QueryCatalog catalog;
    private final long timeoutMillis;

    IdentifierServlet(Supplier<Dataset> dataset, QueryCatalog catalog, long timeoutMillis) {
        this.dataset = dataset;
        this.catalog = catalog;
        this.timeoutMillis = timeoutMillis;
    }

    /** What an identifier names, by where it lives. */
    enum Space { ENTITY, VOCAB, GRAPH, DATASET, ONTOLOGY }

    record Target(String iri, Space space, Optional<RdfFormat> format) {}

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept");
        Dataset ds = dataset.get();
        Optional<Target> target = ReadTransactions.calculate(ds, () -> resolve(req.getRequestURI(), ds.asDatasetGraph()));
        if (target.isEmpty()) {
            Site.notFound(resp, req.getRequestURI());
            return;
        }
        Target t = target.get();
        String type = t.format().map(RdfFormat::contentType).orElseGet(() -> negotiate(req));
        if (type.equals("text/html")) {
            String html;
            try {
                html = ReadTransactions.calculate(ds, () -> html(t, ds, req));
            } catch (org.scamkg.query.PagingException e) { // a section or cursor that this page has not
                ErrorPages.send(req, resp, 400, e.getMessage());
                return;
            } catch (QueryCancelledException e) { // one of the page's queries reached the time limit
                ErrorPages.send(req, resp, 503, "The page took longer than the time limit of " + Math.max(1, timeoutMillis / 1000) + " s.");
                return;
            }
            Site.send(resp, 200, "text/html", html);
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
            ReadTransactions.execute(ds, () -> write(graph(t, ds, req), format, ds.asDatasetGraph(), out));
        }
    }

    /** The identifier a request path names, when the data uses it. Call inside a read transaction. */
    static Optional<Target> resolve(String rawPath, DatasetGraph dsg) {
        Matcher f = FTM_PATH.matcher(rawPath);
        if (f.matches()) {
            String id = URLDecoder.decode(f.group(2).replace("+", "%2B"), StandardCharsets.UTF_8);
            String iri = FTM.entityIri(f.group(1), id);
            return used(dsg, iri) ? Optional.of(new Target(iri, Space.ENTITY, Optional.empty())) : Optional.empty();
        }
        Optional<Target> exact = target(rawPath, Optional.empty(), dsg);
        if (exact.isPresent()) return exact;
        Matcher m = EXTENSION.matcher(rawPath);
        if (m.matches()) return target(m.group(1), RdfFormat.byExtension(m.group(2)), dsg);
        return Optional.empty();
    }

    private static Optional<Target> target(String path, Optional<RdfFormat> format, DatasetGraph dsg) {
        if (!path.matches("/[a-z0-9/_-]+") || path.contains("//") || path.endsWith("/")) return Optional.empty();
        String iri = Ids.BASE + path.substring(1);
        if (path.equals("/dataset")) return Optional.of(new Target(iri, Space.DATASET, format));
        if (path.equals("/ontology")) return Optional.of(new Target(iri, Space.ONTOLOGY, format));
        if (path.startsWith("/graph/"))
            return dsg.containsGraph(NodeFactory.createURI(iri)) ? Optional.of(new Target(iri, Space.GRAPH, format)) : Optional.empty();
        Space space = path.startsWith("/vocab/") ? Space.VOCAB : path.startsWith("/id/") ? Space.ENTITY : null;
        if (space == null || !used(dsg, iri)) return Optional.empty();
        return Optional.of(new Target(iri, space, format));
    }

    /** The data names it: as a subject, an object or a property. */
    static boolean used(DatasetGraph dsg, String iri) {
        Node n = NodeFactory.createURI(iri);
        Graph union = dsg.getUnionGraph();
        return union.contains(n, Node.ANY, Node.ANY) || union.contains(Node.ANY, Node.ANY, n) || union.contains(Node.ANY, n, Node.ANY);
    }

    private Graph graph(Target t, Dataset ds, HttpServletRequest req) {
        DatasetGraph dsg = ds.asDatasetGraph();
        return switch (t.space()) {
            case ONTOLOGY -> copy(dsg.getGraph(NodeFactory.createURI(Ids.ONTOLOGY_GRAPH)));
            case GRAPH -> copy(dsg.getGraph(NodeFactory.createURI(t.iri())));
            case DATASET -> DatasetDescription.of(ds, base(req) + "/kg/sparql", List.of()).getGraph();
            default -> EntityDescription.of(dsg, t.iri());
        };
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    private static void write(Graph g, RdfFormat format, DatasetGraph dsg, OutputStream out) {
        if (format == RdfFormat.JSONLD) {
            JsonObject context = RdfExport.context(dsg);
            JsonLdWriter.write(DatasetGraphFactory.wrap(g), context, out);
            return;
        }
        PrefixMappingMem pm = new PrefixMappingMem();
        pm.setNsPrefixes(Prefixes.standard());
        g.getPrefixMapping().setNsPrefixes(pm);
        RDFDataMgr.write(out, g, format == RdfFormat.TTL ? org.apache.jena.riot.RDFFormat.TURTLE_PRETTY : format.jenaFormatForGraph());
    }

    private String html(Target t, Dataset ds, HttpServletRequest req) {
        DatasetGraph dsg = ds.asDatasetGraph();
        return switch (t.space()) {
            case ONTOLOGY -> OntologyDoc.html(ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(Ids.ONTOLOGY_GRAPH))));
            case DATASET -> {
                Model m = DatasetDescription.of(ds, base(req) + "/kg/sparql", List.of());
                yield DescriptionPage.render(t.iri(), new Labels(m.getGraph()), "The dataset", "");
            }
            case GRAPH -> DescriptionPage.renderGraph(t.iri(), dsg);
            case VOCAB -> DescriptionPage.render(t.iri(), new Labels(dsg), t.iri().matches(".*/vocab/[^/]+$") ? "Vocabulary" : "Vocabulary term", "");
            case ENTITY -> EntityReaderPage.isEntity(t.iri())
                    ? new EntityReaderPage(catalog, ds, timeoutMillis).render(t.iri(),
                            EntityReaderPage.View.of(t.iri(), req.getParameter("section"), req.getParameter("cursor")))
                    : DescriptionPage.render(t.iri(), new Labels(dsg), "", "");
        };
    }

    private static String base(HttpServletRequest req) {
        return req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
    }

    private static String negotiate(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return "text/turtle";
        MediaType m = AcceptList.match(new AcceptList(accept), OFFERED);
        return m == null ? "text/turtle" : m.getContentTypeStr();
    }
}
