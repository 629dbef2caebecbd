package org.scamkg.serve.pages;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.scamkg.query.QueryCatalog;

/**
 * The site a reader uses: the home page, the pages of every identifier, the questions as forms,
 * downloads and the assets they load, and the security headers on every response. Everything is
 * read-only.
 */
public final class Pages {
    private Pages() {}

    /** {@code queryApi} answers the questions in the data formats (JSON, CSV, TSV). */
    public static void install(FusekiServer.Builder b, QueryCatalog catalog, Supplier<Dataset> dataset, long timeoutMillis, HttpServlet queryApi) {
        b.addFilter("/*", new HomeFilter(catalog, dataset, timeoutMillis));
        b.addServlet("/assets/*", new Assets());
        b.addServlet("/queries/*", new QuestionServlet(catalog, dataset, timeoutMillis, queryApi));
        b.addServlet("/downloads/*", new Downloads(dataset));
        PictureServlets.NetworkServlet network = new PictureServlets.NetworkServlet(catalog, dataset, timeoutMillis);
        PictureServlets.LinksServlet links = new PictureServlets.LinksServlet(catalog, dataset, timeoutMillis);
        b.addServlet("/network", network).addServlet("/network.json", network).addServlet("/links", links).addServlet("/links.json", links);
        IdentifierServlet ids = new IdentifierServlet(dataset, catalog, timeoutMillis);
        for (String path : new String[] {"/id/*", "/vocab/*", "/graph/*", "/dataset", "/ontology"}) b.addServlet(path, ids);
        // the dataset and the ontology by extension: /ontology.ttl, /dataset.jsonld …
        for (String name : new String[] {"/dataset", "/ontology"})
            for (String ext : new String[] {".ttl", ".jsonld", ".nt", ".rdf"}) b.addServlet(name + ext, ids);
    }
}
