package org.scamkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.resultio.BooleanQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultParser;
import org.eclipse.rdf4j.query.resultio.helpers.QueryResultCollector;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The RDF4J-backed SPARQL server over real HTTP: Graph Store Protocol, queries, basic auth, Jena's clients. */
class Rdf4jSparqlServerTest {
    static final String G = "https://example.org/graph/one";
    static final String TTL = """
        @prefix ex: <https://example.org/> .
        ex:a ex:name "Alpha"@en ; ex:size 3 .
        ex:b ex:knows ex:a , [ ex:name "anon" ] .
        """;
    static final String NT = """
        <https://example.org/c> <https://example.org/name> "Gamma" .
        <https://example.org/c> <https://example.org/knows> <https://example.org/b> .
        """;
    static final String TURTLE = "text/turtle";
    static final String NTRIPLES = "application/n-triples";

    final HttpClient http = HttpClient.newHttpClient();
    Rdf4jSparqlServer server;

    @BeforeEach
    void start() { server = Rdf4jSparqlServer.start(); }

    @AfterEach
    void stop() { server.close(); }

    // ---- helpers --------------------------------------------------------------------------------

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    String graphUrl(String iri) { return server.gspUrl() + "?graph=" + enc(iri); }

    HttpResponse<String> send(String method, String url, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String url, String accept) throws Exception {
        return accept == null ? send("GET", url, null, null) : send("GET", url, null, null, "Accept", accept);
    }

    static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
    }

    static Model parse(String text, RDFFormat format) {
        return Rdf4j.parse(text.getBytes(StandardCharsets.UTF_8), format);
    }

    static IRI iri(String s) { return SimpleValueFactory.getInstance().createIRI(s); }

    // ---- Graph Store Protocol ---------------------------------------------------------------------

    @Test
    void putGetPostDeleteNamedGraph() throws Exception {
        HttpResponse<String> created = send("PUT", graphUrl(G), TURTLE, TTL);
        assertEquals(201, created.statusCode(), created.body());

        HttpResponse<String> got = get(graphUrl(G), TURTLE);
        assertEquals(200, got.statusCode());
        assertEquals(TURTLE, mediaType(got));
        assertTrue(Models.isomorphic(parse(TTL, RDFFormat.TURTLE), parse(got.body(), RDFFormat.TURTLE)), got.body());

        // Replacing an existing graph: 204, and only the new triples remain.
        HttpResponse<String> replaced = send("PUT", graphUrl(G), NTRIPLES, NT);
        assertEquals(204, replaced.statusCode(), replaced.body());
        assertTrue(Models.isomorphic(parse(NT, RDFFormat.NTRIPLES), server.graph(G)));

        // POST merges.
        HttpResponse<String> merged = send("POST", graphUrl(G), TURTLE + "; charset=utf-8", TTL);
        assertEquals(204, merged.statusCode(), merged.body());
        Model both = parse(NT, RDFFormat.NTRIPLES);
        both.addAll(parse(TTL, RDFFormat.TURTLE));
        HttpResponse<String> nt = get(graphUrl(G), NTRIPLES);
        assertEquals(200, nt.statusCode());
        assertEquals(NTRIPLES, mediaType(nt));
        assertTrue(Models.isomorphic(both, parse(nt.body(), RDFFormat.NTRIPLES)), nt.body());

        // Everything sits in the named graph, nothing in the default graph.
        Model contents = server.contents();
        assertEquals(both.size(), contents.size());
        assertEquals(Set.of(iri(G)), contents.contexts());
        assertTrue(server.graph(null).isEmpty());

        assertEquals(204, send("DELETE", graphUrl(G), null, null).statusCode());
        assertEquals(404, get(graphUrl(G), TURTLE).statusCode());
        assertEquals(404, send("DELETE", graphUrl(G), null, null).statusCode());
        assertTrue(server.contents().isEmpty());
    }

    @Test
    void postCreatesAndBlankNodesStayDistinct() throws Exception {
        String bnode = "[] <https://example.org/name> \"x\" .";
        assertEquals(204, send("POST", graphUrl(G), TURTLE, bnode).statusCode());
        assertEquals(204, send("POST", graphUrl(G), TURTLE, bnode).statusCode());
        assertEquals(2, server.graph(G).size(), "each upload's blank node is a new node");
    }

    @Test
    void graphsAreIndependentAndDefaultGraphIsAddressable() throws Exception {
        String other = "https://example.org/graph/two";
        assertEquals(201, send("PUT", graphUrl(G), TURTLE, TTL).statusCode());
        assertEquals(201, send("PUT", graphUrl(other), NTRIPLES, NT).statusCode());
        HttpResponse<String> dflt = send("PUT", server.gspUrl() + "?default", NTRIPLES, NT);
        assertTrue(dflt.statusCode() == 201 || dflt.statusCode() == 204, "PUT ?default: " + dflt.statusCode());
        assertTrue(Models.isomorphic(parse(NT, RDFFormat.NTRIPLES), server.graph(null)));
        assertEquals(Set.of(iri(G), iri(other)), server.contents().contexts().stream().filter(c -> c != null).collect(Collectors.toSet()));

        assertEquals(204, send("DELETE", graphUrl(other), null, null).statusCode());
        assertTrue(Models.isomorphic(parse(TTL, RDFFormat.TURTLE), server.graph(G)), "other graphs untouched");
        HttpResponse<String> d = get(server.gspUrl() + "?default", NTRIPLES);
        assertEquals(200, d.statusCode());
        assertTrue(Models.isomorphic(parse(NT, RDFFormat.NTRIPLES), parse(d.body(), RDFFormat.NTRIPLES)));
    }

    @Test
    void rdfXmlIsAccepted() throws Exception {
        String xml = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="https://example.org/">
              <rdf:Description rdf:about="https://example.org/c"><ex:name>Gamma</ex:name></rdf:Description>
            </rdf:RDF>
            """;
        assertEquals(201, send("PUT", graphUrl(G), "application/rdf+xml", xml).statusCode());
        assertEquals(1, server.graph(G).size());
    }

    @Test
    void missingGraphIs404() throws Exception {
        HttpResponse<String> r = get(graphUrl("https://example.org/graph/none"), null);
        assertEquals(404, r.statusCode());
        assertEquals(404, send("HEAD", graphUrl("https://example.org/graph/none"), null, null).statusCode());
        assertEquals(404, get(server.url() + "/elsewhere", null).statusCode());
    }

    @Test
    void unsupportedMediaTypeIs415() throws Exception {
        HttpResponse<String> json = send("PUT", graphUrl(G), "application/json", "{}");
        assertEquals(415, json.statusCode());
        assertTrue(json.body().contains("application/json"), json.body());
        assertEquals(415, send("PUT", graphUrl(G), null, TTL).statusCode());
        assertEquals(415, send("POST", graphUrl(G), "application/n-quads", NT).statusCode());
        assertTrue(server.contents().isEmpty());
    }

    @Test
    void badTurtleIs400AndChangesNothing() throws Exception {
        assertEquals(201, send("PUT", graphUrl(G), TURTLE, TTL).statusCode());
        String bad = "@prefix ex: <https://example.org/> .\nex:z ex:name \"ok\" .\nex:z ex:name \"unterminated .\n";
        for (String method : List.of("PUT", "POST")) {
            HttpResponse<String> r = send(method, graphUrl(G), TURTLE, bad);
            assertEquals(400, r.statusCode(), method);
            assertTrue(r.body().toLowerCase().contains("line"), "parser message: " + r.body());
            assertTrue(Models.isomorphic(parse(TTL, RDFFormat.TURTLE), server.graph(G)), method + " left the graph as it was");
        }
        HttpResponse<String> badNt = send("PUT", graphUrl(G), NTRIPLES, "<https://example.org/a> <b> .");
        assertEquals(400, badNt.statusCode());
        assertTrue(Models.isomorphic(parse(TTL, RDFFormat.TURTLE), server.graph(G)));
    }

    @Test
    void badTargetsAre400Or405() throws Exception {
        assertEquals(400, send("PUT", server.gspUrl(), TURTLE, TTL).statusCode(), "neither ?graph nor ?default");
        assertEquals(400, send("PUT", server.gspUrl() + "?default&graph=" + enc(G), TURTLE, TTL).statusCode(), "both");
        assertEquals(400, send("PUT", graphUrl("relative/graph"), TURTLE, TTL).statusCode(), "relative IRI");
        HttpResponse<String> patch = send("PATCH", graphUrl(G), TURTLE, TTL);
        assertEquals(405, patch.statusCode());
        assertTrue(patch.headers().firstValue("Allow").orElse("").contains("PUT"));
    }

    // ---- SPARQL Protocol --------------------------------------------------------------------------

    @Test
    void selectAnswersJsonOrCsv() throws Exception {
        send("PUT", graphUrl(G), TURTLE, TTL);
        String q = "PREFIX ex: <https://example.org/> SELECT ?g ?name WHERE { GRAPH ?g { ex:a ex:name ?name } }";
        HttpResponse<String> json = get(server.queryUrl() + "?query=" + enc(q), null);
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("application/sparql-results+json", mediaType(json));
        QueryResultCollector collected = new QueryResultCollector();
        TupleQueryResultParser parser = QueryResultIO.createTupleParser(TupleQueryResultFormat.JSON);
        parser.setQueryResultHandler(collected);
        parser.parseQueryResult(new ByteArrayInputStream(json.body().getBytes(StandardCharsets.UTF_8)));
        List<BindingSet> rows = collected.getBindingSets();
        assertEquals(List.of("g", "name"), collected.getBindingNames());
        assertEquals(1, rows.size());
        assertEquals(G, rows.get(0).getValue("g").stringValue());
        assertEquals("Alpha", rows.get(0).getValue("name").stringValue());

        HttpResponse<String> csv = get(server.queryUrl() + "?query=" + enc(q), "text/csv");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv", mediaType(csv));
        assertEquals("g,name\r\n" + G + ",Alpha\r\n", csv.body());

        // q-values decide: JSON is preferred here although CSV is listed first.
        HttpResponse<String> pref = get(server.queryUrl() + "?query=" + enc(q), "text/csv;q=0.5, application/sparql-results+json");
        assertEquals("application/sparql-results+json", mediaType(pref));
        assertEquals(406, get(server.queryUrl() + "?query=" + enc(q), "image/png").statusCode());
    }

    @Test
    void askByPostFormAndDatasetParameters() throws Exception {
        send("PUT", graphUrl(G), TURTLE, TTL);
        HttpResponse<String> ask = send("POST", server.queryUrl(), "application/x-www-form-urlencoded",
            "query=" + enc("ASK { <https://example.org/a> ?p ?o }"), "Accept", "application/sparql-results+json");
        assertEquals(200, ask.statusCode(), ask.body());
        assertEquals("application/sparql-results+json", mediaType(ask));
        assertTrue(QueryResultIO.parseBoolean(new ByteArrayInputStream(ask.body().getBytes(StandardCharsets.UTF_8)), BooleanQueryResultFormat.JSON));

        // default-graph-uri names a graph with nothing in it: the answer is false.
        HttpResponse<String> none = send("POST", server.queryUrl() + "?default-graph-uri=" + enc("https://example.org/graph/none"),
            "application/sparql-query", "ASK { <https://example.org/a> ?p ?o }");
        assertEquals(200, none.statusCode(), none.body());
        assertFalse(QueryResultIO.parseBoolean(new ByteArrayInputStream(none.body().getBytes(StandardCharsets.UTF_8)), BooleanQueryResultFormat.JSON));
    }

    @Test
    void constructAnswersTurtleOrNTriples() throws Exception {
        send("PUT", graphUrl(G), TURTLE, TTL);
        String q = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + G + "> { ?s ?p ?o } }";
        HttpResponse<String> ttl = send("POST", server.queryUrl(), "application/sparql-query", q);
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertEquals(TURTLE, mediaType(ttl));
        assertTrue(Models.isomorphic(parse(TTL, RDFFormat.TURTLE), parse(ttl.body(), RDFFormat.TURTLE)), ttl.body());

        HttpResponse<String> nt = send("POST", server.queryUrl(), "application/sparql-query", q, "Accept", NTRIPLES);
        assertEquals(NTRIPLES, mediaType(nt));
        assertTrue(Models.isomorphic(parse(TTL, RDFFormat.TURTLE), parse(nt.body(), RDFFormat.NTRIPLES)), nt.body());

        HttpResponse<String> describe = get(server.queryUrl() + "?query=" + enc("DESCRIBE <https://example.org/a>"), NTRIPLES);
        assertEquals(200, describe.statusCode());
        assertEquals(NTRIPLES, mediaType(describe));
        assertFalse(parse(describe.body(), RDFFormat.NTRIPLES).isEmpty());
    }

    @Test
    void malformedQueryIs400WithParserMessage() throws Exception {
        HttpResponse<String> r = get(server.queryUrl() + "?query=" + enc("SELECT ?x WHERE { ?x ?y }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Malformed query") && r.body().contains("line"), r.body());
        assertEquals(400, get(server.queryUrl(), null).statusCode(), "no query parameter");
        assertEquals(415, send("POST", server.queryUrl(), "text/plain", "ASK {}").statusCode());
    }

    // ---- Basic authentication -----------------------------------------------------------------------

    @Test
    void writesNeedBasicCredentialsWhenConfigured() throws Exception {
        server.close();
        server = Rdf4jSparqlServer.start("loader", "s3cret");
        String good = "Basic " + Base64.getEncoder().encodeToString("loader:s3cret".getBytes(StandardCharsets.UTF_8));
        String bad = "Basic " + Base64.getEncoder().encodeToString("loader:wrong".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> anon = send("PUT", graphUrl(G), TURTLE, TTL);
        assertEquals(401, anon.statusCode());
        assertTrue(anon.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "), anon.headers().map().toString());
        assertEquals(401, send("PUT", graphUrl(G), TURTLE, TTL, "Authorization", bad).statusCode());
        assertEquals(401, send("POST", graphUrl(G), TURTLE, TTL).statusCode());
        assertEquals(401, send("DELETE", graphUrl(G), null, null).statusCode());
        assertTrue(server.contents().isEmpty());

        assertEquals(201, send("PUT", graphUrl(G), TURTLE, TTL, "Authorization", good).statusCode());
        assertEquals(200, get(graphUrl(G), TURTLE).statusCode(), "reads stay open");
        assertEquals(200, get(server.queryUrl() + "?query=" + enc("ASK {}"), null).statusCode());
        assertEquals(401, send("DELETE", graphUrl(G), null, null).statusCode());
        assertEquals(204, send("DELETE", graphUrl(G), null, null, "Authorization", good).statusCode());

        List<Rdf4jSparqlServer.Request> log = server.requests();
        assertEquals(401, log.get(0).status());
        assertFalse(log.get(0).authorized());
        assertEquals(204, log.get(log.size() - 1).status());
        assertTrue(log.get(log.size() - 1).authorized());
    }

    // ---- Jena's clients -----------------------------------------------------------------------------

    static Graph jenaGraph(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }

    @Test
    void jenaGspAndQueryClientsTalkToIt() {
        Graph graph = jenaGraph(TTL);
        GSP.service(server.gspUrl()).graphName(G).PUT(graph);
        assertTrue(Models.isomorphic(Rdf4j.fromTriples(graph.find().toList()), server.graph(G)));
        assertEquals(Set.of(iri(G)), server.contents().contexts());

        Graph back = GSP.service(server.gspUrl()).graphName(G).GET();
        assertTrue(back.isIsomorphicWith(graph));

        GSP.service(server.gspUrl()).graphName(G).POST(jenaGraph(NT));
        assertEquals(graph.size() + 2, server.graph(G).size());
        GSP.service(server.gspUrl()).graphName(G).PUT(graph);
        assertEquals(graph.size(), server.graph(G).size());

        try (QueryExecution qe = QueryExecutionHTTP.service(server.queryUrl(),
                "PREFIX ex: <https://example.org/> SELECT ?g ?name WHERE { GRAPH ?g { ex:a ex:name ?name } }")) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            assertEquals(G, row.getResource("g").getURI());
            assertEquals("Alpha", row.getLiteral("name").getLexicalForm());
            assertEquals("en", row.getLiteral("name").getLanguage());
            assertFalse(rs.hasNext());
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(server.queryUrl(), "ASK { GRAPH <" + G + "> { ?s ?p ?o } }")) {
            assertTrue(qe.execAsk());
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(server.queryUrl(), "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + G + "> { ?s ?p ?o } }")) {
            assertTrue(qe.execConstruct().getGraph().isIsomorphicWith(graph));
        }

        GSP.service(server.gspUrl()).graphName(G).DELETE();
        HttpException missing = assertThrows(HttpException.class, () -> GSP.service(server.gspUrl()).graphName(G).GET());
        assertEquals(404, missing.getStatusCode());
        assertTrue(server.contents().isEmpty());
    }

    @Test
    void jenaGspWithBasicAuth() {
        server.close();
        server = Rdf4jSparqlServer.start("loader", "s3cret");
        Graph graph = jenaGraph(TTL);
        HttpException denied = assertThrows(HttpException.class, () -> GSP.service(server.gspUrl()).graphName(G).PUT(graph));
        assertEquals(401, denied.getStatusCode());

        HttpClient withAuth = HttpClient.newBuilder().authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("loader", "s3cret".toCharArray());
            }
        }).build();
        GSP.service(server.gspUrl()).httpClient(withAuth).graphName(G).PUT(graph);
        assertTrue(GSP.service(server.gspUrl()).graphName(G).GET().isIsomorphicWith(graph));
    }
}
