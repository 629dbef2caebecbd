package org.scamkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scamkg.Rdf4j;
import org.scamkg.TestProject;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;
import org.scamkg.store.StoreStatistics;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export, read back by an independent parser (RDF4J Rio, the JDK's XML parser) and
 * compared with the store: the RDF files must be isomorphic to it, the tables and networks must
 * hold every entity.
 */
class ExportTest {
    @TempDir static Path dir;
    static KgStore store;

    @BeforeAll
    static void load() {
        store = KgStore.open(TestProject.CONFIG, dir.resolve("store"));
        StoreLoader.load(store, TestProject.curated());
    }

    @AfterAll
    static void close() { store.close(); }

    static RDFFormat rio(RdfFormat f) {
        return switch (f) {
            case TTL -> RDFFormat.TURTLE;
            case TRIG -> RDFFormat.TRIG;
            case NQ -> RDFFormat.NQUADS;
            case NT -> RDFFormat.NTRIPLES;
            case JSONLD -> RDFFormat.JSONLD;
            case RDFXML -> RDFFormat.RDFXML;
        };
    }

    static byte[] export(RdfFormat f, Optional<String> graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.write(store.dataset(), f, graph, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void wholeDatasetExportParsesWithRdf4jAndIsIsomorphicToTheStore(RdfFormat f) {
        Model written = Rdf4j.parse(export(f, Optional.empty()), rio(f));
        // the store's data: every graph but the derived one (computed at load, no source's claim)
        Model expected = store.dataset().calculateRead(() -> {
            org.apache.jena.sparql.core.DatasetGraph data = org.scamkg.store.DerivedGraph.without(store.dataset().asDatasetGraph());
            return f.quads ? Rdf4j.fromQuads(data.stream().toList()) : Rdf4j.fromTriples(data.getUnionGraph().find().toList());
        });
        assertEquals(expected.size(), written.size(), f + ": statement count");
        assertTrue(Models.isomorphic(expected, written), f + ": not isomorphic to the store");
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void oneGraphExportHoldsExactlyThatGraph(RdfFormat f) {
        String g = "https://w3id.org/scamkg/graph/camboja-2022-09-pm-worst-country";
        Model written = Rdf4j.parse(export(f, Optional.of(g)), rio(f));
        List<Quad> quads = new ArrayList<>();
        List<Triple> triples = new ArrayList<>();
        store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find(org.apache.jena.graph.NodeFactory.createURI(g),
                null, null, null).forEachRemaining(q -> {
                    quads.add(q);
                    triples.add(q.asTriple());
                }));
        Model expected = f.quads ? Rdf4j.fromQuads(quads) : Rdf4j.fromTriples(triples);
        assertTrue(Models.isomorphic(expected, written), f + ": one graph");
    }

    /** Curators' notes (a record's note) are data: every export carries them, beside the fact they explain. */
    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void curatorsNotesAreInEveryExport(RdfFormat f) {
        Model written = Rdf4j.parse(export(f, Optional.empty()), rio(f));
        var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        var claim = vf.createIRI("https://w3id.org/scamkg/id/claim/2022-09-29-sar-kheng-complaints-since-august-18");
        var note = vf.createIRI("http://www.w3.org/2004/02/skos/core#editorialNote");
        var notes = written.filter(claim, note, null).objects();
        assertEquals(1, notes.size(), f + ": " + notes);
        assertTrue(notes.iterator().next().stringValue().startsWith("The year is the forum's (2022)"), f + ": " + notes);
    }

    @Test
    void jsonLdKeysReadAsWordsFromTheEmbeddedContext() {
        String json = new String(export(RdfFormat.JSONLD, Optional.empty()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n    \"@context\""), "the context comes first");
        assertTrue(json.contains("\"claimant\": \"id:person/sar-kheng\""), "compact keys and identifiers");
        assertTrue(!json.contains("\"@context\": \"http"), "the context is embedded, never fetched");
    }

    @Test
    void committedContextIsTheOneTheOntologyGives() throws Exception {
        String generated = JsonLdContext.text(store.dataset().calculateRead(() -> RdfExport.context(store.dataset().asDatasetGraph())));
        assertEquals(generated, Files.readString(TestProject.ONTOLOGY.resolve("context.jsonld")),
                "ontology/context.jsonld is stale: run bin/scamkg export --format context --out ontology/context.jsonld");
    }

    @Test
    void csvHasOneRowPerEntityOfEachKind() throws Exception {
        Path out = dir.resolve("csv");
        Map<String, Long> rows = CsvExport.write(store.dataset(), out);
        Map<String, Long> kinds = StoreStatistics.of(store.dataset()).entitiesByKind();
        for (String table : List.of("persons", "organisations", "posts", "holdings", "places", "sites", "licences", "events", "claims", "sources"))
            assertEquals(kinds.get(table), rows.get(table), table);
        List<String> claims = Files.readAllLines(out.resolve("claims.csv"));
        assertTrue(claims.get(0).startsWith("iri,claimant,stated,measure,value"));
        assertEquals(kinds.get("claims") + 1, claims.stream().filter(l -> l.startsWith("https://") || l.startsWith("iri,")).count(),
                "one line per claim (no claim spans lines)");
    }

    @Test
    void gexfAndGraphmlNameEveryNodeAndOnlyLinkNodesTheyHold() throws Exception {
        EntityGraph g = EntityGraph.of(store.dataset());
        long entities = StoreStatistics.of(store.dataset()).entitiesByKind().entrySet().stream()
                .filter(e -> !e.getKey().equals("holdings")).mapToLong(Map.Entry::getValue).sum();
        assertEquals(entities, g.nodes().size(), "every entity is a node, holdings are edges");
        for (String format : List.of("gexf", "graphml")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format.equals("gexf")) NetworkWriter.gexf(g, out);
            else NetworkWriter.graphml(g, out);
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new java.io.ByteArrayInputStream(out.toByteArray()));
            NodeList nodes = doc.getElementsByTagName("node");
            NodeList edges = doc.getElementsByTagName("edge");
            assertEquals(g.nodes().size(), nodes.getLength(), format + " nodes");
            assertEquals(g.edges().size(), edges.getLength(), format + " edges");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < nodes.getLength(); i++) ids.add(((Element) nodes.item(i)).getAttribute("id"));
            for (int i = 0; i < edges.getLength(); i++) {
                Element e = (Element) edges.item(i);
                assertTrue(ids.contains(e.getAttribute("source")) && ids.contains(e.getAttribute("target")), format + " dangling edge");
            }
        }
        assertTrue(g.nodes().stream().anyMatch(n -> n.id().endsWith("org/unnamed-firm-sihanoukville-compound") && n.kind().equals("Company")));
        assertTrue(g.edges().stream().anyMatch(e -> e.label().equals("licensee")));
    }

    @Test
    void releaseWritesEveryFormatWithChecksumsAndADescription() throws Exception {
        Path out = dir.resolve("release");
        java.io.StringWriter progress = new java.io.StringWriter();
        Release.write(store.dataset(), out, "http://127.0.0.1:3030/kg/sparql", Optional.empty(), new java.io.PrintWriter(progress));
        for (String f : List.of("scamkg.ttl", "scamkg.trig", "scamkg.nq", "scamkg.nt", "scamkg.jsonld", "scamkg.rdf", "scamkg.gexf",
                "scamkg.graphml", "csv/claims.csv", "context.jsonld", "ontology.html", "site.css", "void.ttl", "SHA256SUMS"))
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        // The ontology page opens from disk in the site's look: its style sheet is in the release.
        assertTrue(Files.readString(out.resolve("ontology.html")).contains("href=\"site.css\""));
        assertTrue(Files.readString(out.resolve("site.css")).contains("header.site"));
        for (String line : Files.readAllLines(out.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ", 2);
            assertEquals(parts[0], Release.sha256(out.resolve(parts[1])), parts[1]);
        }
        Model voidModel = Rdf4j.parse(Files.readAllBytes(out.resolve("void.ttl")), RDFFormat.TURTLE);
        long quads = StoreStatistics.of(store.dataset()).quads();
        assertTrue(voidModel.filter(null, org.eclipse.rdf4j.model.util.Values.iri("http://rdfs.org/ns/void#triples"), null).objects()
                .stream().anyMatch(v -> v.stringValue().equals(Long.toString(quads))), "void:triples");
        assertTrue(progress.toString().contains("wrote scamkg.ttl"), progress.toString());
    }
}
