package org.scamkg.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.common.NameNormaliser;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

/**
 * The FollowTheMoney export of the curated data plus an import of a fixture covering every
 * mapped schema: each line must be a valid entity of its schema (read back by our strict
 * reader), every reference must resolve, the fixture must come back as it went in, and every
 * curated entity and fact must be in the lines, in a property or a Note, a link or a description.
 */
class FtmExportTest {
    static final Path EVERY_SCHEMA = TestProject.TEST_RESOURCES.resolve("ftm/every-schema.jsonl");
    /** FollowTheMoney's rule for entity ids (followthemoney/types/entity.py). */
    static final Pattern FTM_ID = Pattern.compile("^[0-9a-zA-Z]([0-9a-zA-Z.\\-]*[0-9a-zA-Z])?$");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;
    static KgStore store;
    static byte[] export;
    static Map<String, JsonNode> byId = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws IOException {
        store = KgStore.open(TestProject.CONFIG, dir.resolve("store"));
        StoreLoader.load(store, TestProject.curated());
        FtmImport.run(store, EVERY_SCHEMA, "test", NameNormaliser.of(TestProject.DATA), new PrintWriter(Writer.nullWriter()));
        export = export();
        for (String line : new String(export, StandardCharsets.UTF_8).lines().toList()) {
            JsonNode n = JSON.readTree(line);
            byId.put(n.get("id").asText() + "@" + n.get("schema").asText(), n);
        }
    }

    @AfterAll
    static void close() { store.close(); }

    static byte[] export() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FtmExport.write(store.dataset(), out, new PrintWriter(Writer.nullWriter()));
        return out.toByteArray();
    }

    static Map<String, JsonNode> entities() {
        Map<String, JsonNode> out = new HashMap<>();
        byId.values().forEach(n -> out.put(n.get("id").asText(), n));
        return out;
    }

    static List<QuerySolution> select(String query) {
        return store.dataset().calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static String ftmId(String iri) { return "scamkg." + iri.substring("https://w3id.org/scamkg/id/".length()).replace('/', '.'); }

    @Test
    void everyLineIsAValidEntityOfItsSchemaWithAUniqueId() throws Exception {
        FtmLineParser parser = new FtmLineParser();
        List<String> lines = new String(export, StandardCharsets.UTF_8).lines().toList();
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            FtmEntity e = parser.parse(line); // throws on an unknown schema or property, or a missing required one
            assertTrue(FTM_ID.matcher(e.id()).matches(), "FollowTheMoney id: " + e.id());
            assertTrue(e.id().length() <= 200, e.id());
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        assertEquals(lines.size(), byId.size());
    }

    @Test
    void everyReferenceToAnEntityResolvesToALineOfTheRightSchema() {
        Map<String, JsonNode> all = entities();
        List<String> broken = new ArrayList<>();
        for (JsonNode n : all.values()) {
            FtmSchemata.Schema schema = FtmSchemata.get().schema(n.get("schema").asText()).orElseThrow();
            n.get("properties").fields().forEachRemaining(p -> {
                FtmSchemata.Property prop = schema.properties().get(p.getKey());
                if (!prop.isEntity()) return;
                for (JsonNode v : p.getValue()) {
                    JsonNode target = all.get(v.asText());
                    if (target == null) broken.add(n.get("id").asText() + "." + p.getKey() + " -> " + v.asText() + " (missing)");
                    else if (prop.range().isPresent()
                            && !FtmSchemata.get().schema(target.get("schema").asText()).orElseThrow().is(prop.range().get()))
                        broken.add(n.get("id").asText() + "." + p.getKey() + " -> " + target.get("schema").asText() + ", not " + prop.range().get());
                }
            });
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void twoExportsOfTheSameGraphAreByteForByteTheSame() {
        assertTrue(java.util.Arrays.equals(export, export()));
    }

    @Test
    void importedEntitiesComeBackWithTheirIdsSchemataPropertyValuesAndMetadata() throws Exception {
        Map<String, JsonNode> all = entities();
        int compared = 0;
        for (String line : Files.readAllLines(EVERY_SCHEMA)) {
            if (line.isBlank()) continue;
            JsonNode in = JSON.readTree(line);
            JsonNode out = all.get(in.get("id").asText());
            assertTrue(out != null, "missing " + in.get("id"));
            assertEquals(in.get("schema"), out.get("schema"), in.get("id").asText());
            assertEquals(sortedValues(in.get("properties")), sortedValues(out.get("properties")), in.get("id").asText());
            for (String meta : List.of("caption", "datasets", "referents", "first_seen", "last_seen", "target"))
                assertEquals(in.get(meta), out.get(meta), in.get("id").asText() + " " + meta);
            compared++;
        }
        assertEquals(schemataOf(EVERY_SCHEMA).size(), compared, "fixture lines compared");
        Set<String> covered = new HashSet<>(schemataOf(EVERY_SCHEMA));
        assertEquals(new HashSet<>(FtmSchemata.get().entitySchemata()), covered, "the fixture covers every schema of the model");
    }

    static List<String> schemataOf(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) if (!line.isBlank()) out.add(JSON.readTree(line).get("schema").asText());
        return out;
    }

    static Map<String, List<String>> sortedValues(JsonNode properties) {
        Map<String, List<String>> out = new TreeMap<>();
        properties.fields().forEachRemaining(p -> {
            List<String> vs = new ArrayList<>();
            p.getValue().forEach(v -> vs.add(v.asText()));
            vs.sort(null);
            out.put(p.getKey(), vs);
        });
        return out;
    }

    @Test
    void everyCuratedEntityIsALineOfTheSchemaThatMeansTheSame() {
        Map<String, JsonNode> all = entities();
        List<String> wrong = new ArrayList<>();
        for (QuerySolution r : select("""
                PREFIX skg: <https://w3id.org/scamkg/ontology#>
                PREFIX foaf: <http://xmlns.com/foaf/0.1/>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX schema: <https://schema.org/>
                SELECT DISTINCT ?s ?schema WHERE {
                  VALUES (?kind ?schema) { (foaf:Person "Person") (skg:Company "Company") (skg:GovernmentBody "PublicBody")
                    (org:Post "Position") (skg:Holding "Occupancy") (skg:Event "Event") (skg:Licence "License")
                    (skg:Claim "Note") (schema:Place "Address") (skg:Site "Address") (schema:CreativeWork "Document") }
                  GRAPH ?g { ?s a ?kind } FILTER(!STRSTARTS(STR(?g), "https://w3id.org/scamkg/graph/import/"))
                }""")) {
            String id = ftmId(r.getResource("s").getURI());
            JsonNode n = all.get(id);
            if (n == null || !n.get("schema").asText().equals(r.getLiteral("schema").getString()))
                wrong.add(id + " should be a " + r.getLiteral("schema").getString() + ", is " + (n == null ? "missing" : n.get("schema").asText()));
        }
        assertEquals(List.of(), wrong);
        assertTrue(all.values().stream().filter(n -> n.get("id").asText().startsWith("scamkg.")).count() > 300);
    }

    @Test
    void everyLicenceHasItsAuthorityAndItsLicenseeThroughAContractAward() {
        Map<String, JsonNode> all = entities();
        List<QuerySolution> licences = select("""
                PREFIX skg: <https://w3id.org/scamkg/ontology#>
                SELECT ?l ?issuer ?licensee WHERE { ?l a skg:Licence ; skg:issuer ?issuer ; skg:licensee ?licensee
                  FILTER(!STRSTARTS(STR(?l), "https://w3id.org/scamkg/id/ftm/")) }""");
        assertFalse(licences.isEmpty());
        for (QuerySolution r : licences) {
            String licence = ftmId(r.getResource("l").getURI());
            assertEquals(ftmId(r.getResource("issuer").getURI()), all.get(licence).get("properties").get("authority").get(0).asText());
            String licensee = ftmId(r.getResource("licensee").getURI());
            assertTrue(all.values().stream().anyMatch(n -> n.get("schema").asText().equals("ContractAward")
                    && n.get("properties").get("contract").get(0).asText().equals(licence)
                    && n.get("properties").get("supplier").get(0).asText().equals(licensee)), licence + " awarded to " + licensee);
        }
    }

    /**
     * Nothing is silently lost: every literal our curators wrote about an entity appears in some
     * value of the export, and every link between two of our entities joins their two lines
     * (as a property, through an UnknownLink, ContractAward or Documentation, or in a description
     * that names the other's id). Only what is derived at load is left out.
     */
    @Test
    void everyCuratedFactIsInTheExport() {
        List<String> values = new ArrayList<>();
        Map<String, JsonNode> all = entities();
        all.values().forEach(n -> n.get("properties").forEach(vs -> vs.forEach(v -> values.add(v.asText()))));
        List<String> lost = new ArrayList<>();
        String curated = """
                PREFIX skg: <https://w3id.org/scamkg/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT DISTINCT ?s ?p ?o WHERE {
                  GRAPH ?g { ?s ?p ?o }
                  FILTER(STRSTARTS(STR(?s), "https://w3id.org/scamkg/id/") && !STRSTARTS(STR(?s), "https://w3id.org/scamkg/id/ftm/"))
                  FILTER(!STRSTARTS(STR(?g), "https://w3id.org/scamkg/graph/import/"))
                  FILTER(?g != <https://w3id.org/scamkg/graph/derived>)
                  FILTER(?p NOT IN (rdf:type, skg:firstDay, skg:lastDay, skg:startDay, skg:endDay, skg:periodFirstDay,
                                    skg:periodLastDay, skg:normalisedName, org:holds, org:heldBy, skg:personCount,
                                    skg:organisationCount, skg:eventCount, skg:claimCount))
                }""";
        for (QuerySolution r : select(curated)) {
            if (r.get("o").isLiteral()) {
                if (!all.containsKey(ftmId(r.getResource("s").getURI()))) continue; // geometry: see placesKeepTheirPoints
                String lexical = r.getLiteral("o").getLexicalForm();
                // country codes are written in lower case, as FollowTheMoney has them
                if (values.stream().noneMatch(v -> v.contains(lexical) || v.equalsIgnoreCase(lexical))) lost.add(r.get("s") + " " + r.get("p") + " " + lexical);
            } else if (r.get("o").isURIResource() && r.getResource("o").getURI().startsWith("https://w3id.org/scamkg/id/")
                    && !r.getResource("o").getURI().contains("/geometry")) {
                String s = ftmId(r.getResource("s").getURI());
                String o = r.getResource("o").getURI().startsWith("https://w3id.org/scamkg/id/ftm/")
                        ? r.getResource("o").getURI().substring(r.getResource("o").getURI().lastIndexOf('/') + 1)
                        : ftmId(r.getResource("o").getURI());
                if (!all.containsKey(s)) continue; // geometry nodes and the like: their facts are checked as literals
                if (r.getResource("p").getURI().equals("https://w3id.org/scamkg/ontology#country")) {
                    // a country is a FollowTheMoney country code: the one our place has
                    String code = select("SELECT ?c { <" + r.getResource("o").getURI() + "> <https://w3id.org/scamkg/ontology#countryCode> ?c }")
                            .stream().map(c -> c.getLiteral("c").getString().toLowerCase(java.util.Locale.ROOT)).findFirst().orElse("?");
                    if (mentions(all.get(s), code)) continue;
                }
                if (!joined(all, s, o) && !joined(all, o, s)) lost.add(r.get("s") + " " + r.get("p") + " " + r.get("o"));
            }
        }
        assertEquals(List.of(), lost);
    }

    @Test
    void placesKeepTheirPoints() {
        Map<String, JsonNode> all = entities();
        List<QuerySolution> points = select("""
                PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                SELECT ?place ?wkt { ?place geo:hasGeometry/geo:asWKT ?wkt FILTER(STRSTARTS(STR(?wkt), "POINT")) }""");
        assertFalse(points.isEmpty());
        for (QuerySolution r : points) {
            String[] lonLat = r.getLiteral("wkt").getLexicalForm().replaceAll("[^0-9. -]", "").strip().split("\\s+");
            JsonNode props = all.get(ftmId(r.getResource("place").getURI())).get("properties");
            assertEquals(lonLat[0], props.get("longitude").get(0).asText());
            assertEquals(lonLat[1], props.get("latitude").get(0).asText());
        }
    }

    static boolean joined(Map<String, JsonNode> all, String a, String b) {
        JsonNode na = all.get(a);
        if (na != null && mentions(na, b)) return true;
        return all.values().stream().anyMatch(n -> mentions(n, a) && mentions(n, b));
    }

    static boolean mentions(JsonNode n, String id) {
        for (JsonNode vs : n.get("properties")) for (JsonNode v : vs) if (v.asText().equals(id) || v.asText().contains("[" + id + "]")) return true;
        JsonNode refs = n.get("referents");
        if (refs != null) for (JsonNode v : refs) if (v.asText().equals(id)) return true;
        return false;
    }
}
