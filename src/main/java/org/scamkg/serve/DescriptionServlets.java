package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.scamkg.export.DatasetDescription;

/** {@code /void}: the dataset's VoID + DCAT description. (The ontology is served with every other identifier, by the pages.) */
final class DescriptionServlets {
    private DescriptionServlets() {}

    static final class VoidServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private static final AcceptList OFFERED = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");
        private final transient Supplier<Dataset> dataset;

        VoidServlet(Supplier<Dataset> dataset) { this.dataset = dataset; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            Model m = DatasetDescription.of(dataset.get(), base + "/kg/sparql", List.of());
            String accept = req.getHeader("Accept");
            MediaType chosen = accept == null ? null : AcceptList.match(new AcceptList(accept), OFFERED);
            String type = chosen == null ? "text/turtle" : chosen.getContentTypeStr();
            Lang lang = switch (type) {
                case "application/ld+json" -> Lang.JSONLD;
                case "application/n-triples" -> Lang.NTRIPLES;
                case "application/rdf+xml" -> Lang.RDFXML;
                default -> Lang.TURTLE;
            };
            resp.setStatus(200);
            resp.setContentType(type);
            resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Vary", "Accept");
            try (OutputStream out = resp.getOutputStream()) {
                RDFDataMgr.write(out, m, lang);
            }
        }
    }
}
