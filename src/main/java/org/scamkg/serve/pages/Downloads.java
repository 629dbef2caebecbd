package org.scamkg.serve.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.scamkg.export.EntityGraph;
import org.scamkg.export.NetworkWriter;
import org.scamkg.export.RdfExport;
import org.scamkg.export.RdfFormat;

/**
 * {@code /downloads/scamkg.EXT}: the whole dataset as {@code bin/scamkg export} writes it, in
 * every RDF format (one named graph per source in TriG, N-Quads and JSON-LD) and as a network
 * for Gephi (GEXF) or Cytoscape (GraphML).
 */
final class Downloads extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final List<Site.Link> LINKS = List.of(new Site.Link("/downloads/scamkg.trig", "TriG"),
            new Site.Link("/downloads/scamkg.nq", "N-Quads"), new Site.Link("/downloads/scamkg.jsonld", "JSON-LD"),
            new Site.Link("/downloads/scamkg.ttl", "Turtle"), new Site.Link("/downloads/scamkg.nt", "N-Triples"),
            new Site.Link("/downloads/scamkg.rdf", "RDF/XML"), new Site.Link("/downloads/scamkg.gexf", "GEXF (Gephi)"),
            new Site.Link("/downloads/scamkg.graphml", "GraphML (Cytoscape)"));

    private final transient Supplier<Dataset> dataset;

    Downloads(Supplier<Dataset> dataset) { this.dataset = dataset; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (!path.startsWith("/scamkg.")) {
            Site.notFound(resp, req.getRequestURI());
            return;
        }
        String ext = path.substring("/scamkg.".length());
        Optional<RdfFormat> rdf = RdfFormat.byExtension(ext);
        boolean network = ext.equals("gexf") || ext.equals("graphml");
        if (rdf.isEmpty() && !network) {
            Site.notFound(resp, req.getRequestURI());
            return;
        }
        resp.setStatus(200);
        resp.setContentType(network ? "application/xml" : rdf.get().contentType());
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"scamkg." + ext + "\"");
        Dataset ds = dataset.get();
        try (OutputStream out = resp.getOutputStream()) {
            if (network) {
                EntityGraph g = EntityGraph.of(ds);
                if (ext.equals("gexf")) NetworkWriter.gexf(g, out);
                else NetworkWriter.graphml(g, out);
            } else {
                RdfExport.write(ds, rdf.get(), Optional.empty(), out);
            }
        }
    }
}
