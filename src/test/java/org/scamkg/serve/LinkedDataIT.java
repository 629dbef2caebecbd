package org.scamkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scamkg.Rdf4j;
import org.scamkg.TestProject;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/** Entity pages with content negotiation, name search, /void and /ontology, on a real server. */
class LinkedDataIT {
    @TempDir static Path dir;
    static KgServer server;
    static String base;
    static final HttpClient http = HttpClient.newHttpClient();
    static final String SOKHA = "https://w3id.org/scamkg/id/person/sar-sokha";

    @BeforeAll
    static void start() {
        Path store = dir.resolve("store");
        try (KgStore s = KgStore.open(TestProject.CONFIG, store)) {
            StoreLoader.load(s, TestProject.curated());
        }
        server = KgServer.create(new ServerOptions("127.0.0.1", 0, store, TestProject.CONFIG, TestProject.QUERIES, Optional.empty(), 10)).start();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.stop(); }

    static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String type(HttpResponse<?> r) { return r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""); }

    @ParameterizedTest
    @CsvSource({
            "text/turtle, text/turtle, TURTLE",
            "application/ld+json, application/ld+json, JSONLD",
            "application/n-triples, application/n-triples, NTRIPLES",
            "application/rdf+xml, application/rdf+xml, RDFXML",
            "'*/*', text/turtle, TURTLE",
            "'text/html;q=0.5, text/turtle', text/turtle, TURTLE"})
    void acceptHeaderChoosesTheFormatAndTheDataDescribesTheEntity(String accept, String expectedType, String rio) throws Exception {
        HttpResponse<byte[]> r = get("/id/person/sar-sokha", accept);
        assertEquals(200, r.statusCode());
        assertEquals(expectedType, type(r));
        Model m = Rdf4j.parse(r.body(), (RDFFormat) RDFFormat.class.getField(rio).get(null));
        assertTrue(m.contains(Values.iri(SOKHA), Values.iri("http://www.w3.org/2000/01/rdf-schema#label"), null), accept);
        assertTrue(m.contains(null, Values.iri("https://w3id.org/scamkg/ontology#holder"), Values.iri(SOKHA)), "holdings point to it");
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "nt, application/n-triples", "rdf, application/rdf+xml"})
    void extensionChoosesTheFormat(String ext, String expectedType) throws Exception {
        HttpResponse<byte[]> r = get("/id/person/sar-sokha." + ext, "text/html");
        assertEquals(200, r.statusCode());
        assertEquals(expectedType, type(r));
    }

    @Test
    void browsersGetAPageWithNamesFactsEventsClaimsAndLinks() throws Exception {
        HttpResponse<byte[]> r = get("/id/person/sar-sokha", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals("text/html", type(r));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Sar Sokha</h1>"));
        assertTrue(html.contains("<h2>Names</h2>") && html.contains("<h2>Posts held</h2>") && html.contains("<h2>Timeline</h2>")
                && html.contains("<h2>What it said</h2>"), "a reader's sections");
        assertTrue(html.contains("href=\"/id/post/minister-of-interior\""), "link to a connected entity");
        assertTrue(html.contains("href=\"/id/source/2023-12-minister-259-forced-labour-cases\""), "link to a source");
        assertTrue(html.contains("open in the SPARQL editor"));
        // The page shows the first 20 of the claims it made; all of them are in that section's own view.
        String made = new String(get("/id/person/sar-sokha?section=claims-made", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(made.contains("nowhere near"), "a claim it made");
        // Each post beside the quotes that attest that post, not another's.
        String ncct = html.substring(html.indexOf(">Chair of the National Committee"), html.indexOf(">Deputy Prime Minister of Cambodia</a>"));
        assertTrue(ncct.contains("chairs the National Committee") && !ncct.contains("Minister of Interior Sar Sokha"), ncct);
        assertFalse(html.matches("(?s).*>(person|post|org)/[a-z0-9-]+</a>.*"), "links show labels, not slugs");
        // A figure reads in words, with what it counts: not "people arrested: 35" or "nationalities: 4".
        assertTrue(html.contains("35 people arrested") || made.contains("35 people arrested"), "a claim's figure in words");
        assertFalse(html.contains("nationalities: 4") || html.contains("people arrested: 35") || made.contains("nationalities: 4")
                || made.contains("people arrested: 35"), "no bare label of a figure");
        HttpResponse<byte[]> claim = get("/id/claim/2023-12-12-sar-sokha-nowhere-near-100000", "text/html");
        assertTrue(new String(claim.body(), StandardCharsets.UTF_8).contains("href=\"/id/claim/2023-08-ohchr-around-100000-trafficked\""),
                "a claim's page links the claim it disputes");
    }

    @Test
    void theNetworkAndTheChainsAreDataWithSourcesAndQuotes() throws Exception {
        JsonNode net = new ObjectMapper().readTree(get("/network.json?entity=person/sar-sokha", "application/json").body());
        List<String> nodes = new java.util.ArrayList<>();
        net.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertTrue(nodes.contains("https://w3id.org/scamkg/id/post/ncct-chair"), nodes.toString());
        assertFalse(nodes.stream().anyMatch(n -> n.contains("/claim/") || n.contains("/attested/")), "actors only: " + nodes);
        boolean cited = false;
        for (JsonNode e : net.get("edges"))
            if (e.get("to").asText().endsWith("/post/ncct-chair"))
                for (JsonNode ev : e.get("evidence")) cited |= ev.get("quote").asText().contains("National Committee");
        assertTrue(cited, "the line to the post carries its quote");
        String links = new String(get("/links?from=org/unnamed-firm-sihanoukville-compound&to=org/gambling-commission", "text/html").body(),
                StandardCharsets.UTF_8);
        assertTrue(links.contains("<ol id=\"chains\">") && links.contains("href=\"/id/org/gambling-commission\""), links);
        assertTrue(links.matches("(?s).*class=\"hop\".*class=\"cite\".*href=\"/id/source/camboja-2022-09-pm-worst-country\".*"), "each hop with its source");
        assertEquals(404, get("/network?entity=person/nobody-at-all", "text/html").statusCode());
    }

    @Test
    void unknownIdentifiersAre404() throws Exception {
        assertEquals(404, get("/id/person/nobody-at-all", "text/turtle").statusCode());
        assertEquals(404, get("/id/person/sar-sokha.trig", null).statusCode());
        assertEquals(404, get("/id/unicorn/sar-sokha", null).statusCode());
        assertEquals(404, get("/id/person/Sar%20Sokha", null).statusCode());
    }

    @Test
    void nameSearchIgnoresCaseAndDiacriticsAndFindsAliases() throws Exception {
        JsonNode r = new ObjectMapper().readTree(get("/search?q=" + URLEncoder.encode("SÓKHA", StandardCharsets.UTF_8), "application/json").body());
        assertTrue(r.get("results").findValuesAsText("entity").contains(SOKHA), r.toString());
        assertTrue(r.get("results").findValuesAsText("entity").contains("https://w3id.org/scamkg/id/person/ny-sokha"));
        JsonNode alias = new ObjectMapper().readTree(get("/search?q=ncct", "application/json").body());
        assertTrue(alias.get("results").findValuesAsText("entity").contains("https://w3id.org/scamkg/id/org/ncct"), "found by alias");
        HttpResponse<byte[]> html = get("/search?q=sokha", "text/html");
        assertTrue(new String(html.body(), StandardCharsets.UTF_8).contains("href=\"/id/person/sar-sokha\""));
        assertEquals(400, get("/search?q=", "application/json").statusCode());
        assertEquals(200, get("/search?q=" + URLEncoder.encode("*:* OR uri:[a TO z] \\", StandardCharsets.UTF_8), "application/json").statusCode(),
                "Lucene syntax in a search is escaped, not run");
    }

    @Test
    void textQueryWorksInsideSparql() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query 'kimkhoeun' }";
        HttpResponse<byte[]> r = get("/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv");
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("person/chhay-kimkhoeun"));
    }

    @Test
    void voidAndOntologyAreServed() throws Exception {
        HttpResponse<byte[]> v = get("/void", "text/turtle");
        Model m = Rdf4j.parse(v.body(), RDFFormat.TURTLE);
        assertTrue(m.contains(Values.iri("https://w3id.org/scamkg/dataset"), Values.iri("http://rdfs.org/ns/void#sparqlEndpoint"),
                Values.iri(base + "/kg/sparql")), "the endpoint of this server");
        String doc = new String(get("/ontology", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(doc.contains("https://w3id.org/scamkg/ontology#Claim") && doc.contains("Controlled vocabularies"));
    }

    /**
     * Counts read in the right number (issue 14): a card on the home page says "1 licence", never
     * "1 licences", and every other count its plural; so do the other pages that count things.
     */
    @Test
    void countsReadInTheRightNumber() throws Exception {
        String home = new String(get("/", "text/html").body(), StandardCharsets.UTF_8);
        java.util.regex.Matcher card = java.util.regex.Pattern.compile("<div class=\"card\"><span class=\"n\">([\\d,]+)</span>([^<]+)</div>").matcher(home);
        java.util.Map<String, String> singular = new java.util.HashMap<>();
        // the kinds as the ontology names them: collection (plural) and what one member is called
        for (org.scamkg.vocab.Kinds.KindCollection c : org.scamkg.vocab.Kinds.from(org.apache.jena.riot.RDFDataMgr.loadModel(
                TestProject.ONTOLOGY.resolve("scamkg.ttl").toString())).collections()) singular.put(c.name(), c.singular());
        int cards = 0;
        while (card.find()) {
            cards++;
            long n = Long.parseLong(card.group(1).replace(",", ""));
            String noun = card.group(2);
            if (n == 1) assertTrue(singular.containsValue(noun) && !singular.containsKey(noun), "1 " + noun);
            else assertTrue(singular.containsKey(noun), n + " " + noun);
        }
        assertEquals(singular.size(), cards, "a card for every collection");
        assertFalse(singular.values().stream().anyMatch(singular::containsKey), "a singular is not a plural: " + singular);
        assertFalse(java.util.regex.Pattern.compile("(?<![\\d,.])1 (statements|triples|licences|answers|chains)\\b").matcher(home).find(), home);
        String links = new String(get("/links", "text/html").body(), StandardCharsets.UTF_8);
        assertTrue(links.contains(">1 statement</option>") && links.contains(">2 statements</option>"), links);
    }
}
