package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
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
        private final String bindHost;
        private final transient Optional<String> publicUrl;

        /**
         * The endpoint advertised is under {@code publicUrl} when one is configured, else the
         * server's own address (the interface and port it listens on): never the request's
         * {@code Host} or {@code X-Forwarded-*} headers, which any client can forge.
         */
        VoidServlet(Supplier<Dataset> dataset, String bindHost, Optional<String> publicUrl) {
            this.dataset = dataset;
            this.bindHost = bindHost;
            this.publicUrl = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        }

        private String base(HttpServletRequest req) {
            if (publicUrl.isPresent()) return publicUrl.get();
            String host = bindHost.equals("0.0.0.0") || bindHost.equals("::") || bindHost.isBlank() ? req.getLocalAddr() : bindHost;
            return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + req.getLocalPort();
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String base = base(req);
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
