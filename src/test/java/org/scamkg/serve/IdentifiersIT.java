package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.Rdf4j;
import org.scamkg.TestProject;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;
import org.scamkg.vocab.Ids;

/**
 * Every identifier the data uses answers, on a real server: each IRI under
 * {@code https://w3id.org/scamkg/} in the store (subjects, objects, properties, graph names) is
 * asked for as HTML and as Turtle; neither may fail or be missing. An ontology term answers the
 * ontology, whose page has an anchor named after the term. Every local link on those pages
 * answers too. Something the data does not name is a 404 page in the site's style.
 */
class IdentifiersIT {
    @TempDir static Path dir;
    static KgServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final Set<String> iris = new TreeSet<>();

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
            s.dataset().executeRead(() -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query("""
                        SELECT DISTINCT ?x WHERE {
                          { GRAPH ?g { ?x ?p ?o } } UNION { GRAPH ?g { ?s ?p ?x } } UNION { GRAPH ?g { ?s ?x ?o } } UNION { GRAPH ?x { } }
                          FILTER(isIRI(?x) && STRSTARTS(STR(?x), "https://w3id.org/scamkg/"))
                        }""").build()) {
                    qe.execSelect().forEachRemaining(r -> iris.add(r.getResource("x").getURI()));
                }
            });
        }
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.stop(); }

    static HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(1)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String path(String iri) { return "/" + iri.substring(Ids.BASE.length()).replaceFirst("#.*$", ""); }

    @Test
    void everyIdentifierAnswersHtmlAndRdf() throws Exception {
        assertTrue(iris.size() > 400, "the curated data names hundreds of identifiers: " + iris.size());
        assertTrue(iris.stream().anyMatch(i -> i.contains("/holds/")) && iris.stream().anyMatch(i -> i.contains("/attested/"))
                && iris.stream().anyMatch(i -> i.endsWith("/geometry")) && iris.stream().anyMatch(i -> i.startsWith(Ids.VOCAB))
                && iris.stream().anyMatch(i -> i.startsWith(Ids.GRAPH)) && iris.stream().anyMatch(i -> i.contains("/ontology#")),
                "every sort of identifier is walked");
        List<String> failures = new ArrayList<>();
        Set<String> links = new TreeSet<>();
        Set<String> pages = new TreeSet<>();
        for (String iri : iris) {
            String path = path(iri);
            if (!pages.add(path)) continue;
            HttpResponse<String> html = get(path, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            if (html.statusCode() != 200 || !html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"))
                failures.add("HTML " + html.statusCode() + " " + path);
            Matcher m = Pattern.compile("href=\"(/[^\"#]*)").matcher(html.body());
            while (m.find()) links.add(m.group(1).replace("&amp;", "&"));
            HttpResponse<String> ttl = get(path, "text/turtle");
            if (ttl.statusCode() != 200) {
                failures.add("Turtle " + ttl.statusCode() + " " + path);
                continue;
            }
            Model model = Rdf4j.parse(ttl.body().getBytes(StandardCharsets.UTF_8), RDFFormat.TURTLE);
            if (!iri.startsWith(Ids.GRAPH) && !model.contains(Values.iri(iri), null, null) && !model.contains(null, null, Values.iri(iri))
                    && !model.contains(null, Values.iri(iri), null))
                failures.add("Turtle of " + path + " does not mention " + iri);
        }
        for (String link : links) {
            if (link.startsWith("/kg/") || link.startsWith("/downloads/") || link.startsWith("/editor/") || pages.contains(link)) continue;
            int status = get(link, "text/html").statusCode();
            if (status != 200) failures.add("link " + status + " " + link);
        }
        assertEquals(List.of(), failures);
        assertTrue(links.size() > 100, "the pages link to each other: " + links.size());
    }

    @Test
    void anOntologyTermAnswersTheOntologyAtItsOwnAnchor() throws Exception {
        HttpResponse<String> html = get("/ontology", "text/html");
        assertEquals(200, html.statusCode());
        for (String iri : iris)
            if (iri.startsWith(Ids.BASE + "ontology#"))
                assertTrue(html.body().contains("id=\"" + iri.substring(iri.indexOf('#') + 1) + "\""), "anchor for " + iri);
        Model m = Rdf4j.parse(get("/ontology", "text/turtle").body().getBytes(StandardCharsets.UTF_8), RDFFormat.TURTLE);
        assertTrue(m.contains(Values.iri(Ids.BASE + "ontology#Attestation"), null, null), "the ontology's RDF describes its terms");
    }

    @Test
    void somethingTheDataDoesNotNameIsA404PageInTheSiteStyle() throws Exception {
        for (String path : List.of("/id/person/nobody-at-all", "/vocab/measure/nothing", "/graph/no-such-source", "/id/person/sar-sokha/holds/no-post")) {
            HttpResponse<String> r = get(path, "text/html");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("/assets/site.css") && r.body().contains("Not found"), path);
        }
    }

    @Test
    void theDatasetIdentifierDescribesTheDataset() throws Exception {
        HttpResponse<String> r = get("/dataset", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = Rdf4j.parse(r.body().getBytes(StandardCharsets.UTF_8), RDFFormat.TURTLE);
        assertTrue(m.contains(Values.iri(Ids.BASE + "dataset"), null, null));
        assertEquals(200, get("/dataset", "text/html").statusCode());
        // the format links their pages show
        for (String path : List.of("/dataset.ttl", "/dataset.jsonld", "/ontology.nt", "/ontology.rdf"))
            assertEquals(200, get(path, "*/*").statusCode(), path);
    }
}
