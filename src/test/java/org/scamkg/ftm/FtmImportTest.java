package org.scamkg.ftm;

import org.scamkg.store.StoreException;

import org.scamkg.store.StoreLoader;

import org.scamkg.store.KgStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.common.LoadException;
import org.scamkg.common.NameNormaliser;
import org.scamkg.common.Problem;

/**
 * FollowTheMoney import into a real TDB2 store holding the curated data: every mapped schema
 * lands in the ontology as well as verbatim, and a file with any bad line is refused whole,
 * each bad line reported by number, with the store exactly as it was.
 */
class FtmImportTest {
    static final Path EVERY_SCHEMA = TestProject.TEST_RESOURCES.resolve("ftm/every-schema.jsonl");
    static final String PREFIXES = """
            PREFIX skg: <https://w3id.org/scamkg/ontology#>
            PREFIX ftm: <https://schema.followthemoney.tech/#>
            PREFIX id: <https://w3id.org/scamkg/id/>
            PREFIX rt: <https://w3id.org/scamkg/vocab/relation-type/>
            PREFIX et: <https://w3id.org/scamkg/vocab/event-type/>
            PREFIX lt: <https://w3id.org/scamkg/vocab/licence-type/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    @TempDir Path dir;
    KgStore store;

    @BeforeEach
    void open() {
        store = KgStore.open(TestProject.CONFIG, dir.resolve("store"));
        StoreLoader.load(store, TestProject.curated());
    }

    @AfterEach
    void close() { store.close(); }

    FtmImport.Result importFile(Path file, String dataset) {
        return FtmImport.run(store, file, dataset, NameNormaliser.of(TestProject.DATA), new PrintWriter(Writer.nullWriter()));
    }

    boolean ask(String where) {
        return store.dataset().calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + "ASK { " + where + " }").build()) {
                return qe.execAsk();
            }
        });
    }

    Set<Quad> quads() {
        return store.dataset().calculateRead(() -> new HashSet<>(store.dataset().asDatasetGraph().stream().toList()));
    }

    @Test
    void everySchemaImportsIntoItsOwnGraphMappedAndVerbatim() throws IOException {
        long lines = Files.readAllLines(EVERY_SCHEMA).stream().filter(l -> !l.isBlank()).count();
        FtmImport.Result r = importFile(EVERY_SCHEMA, "test");
        assertEquals(lines, r.entities());
        String g = "GRAPH <https://w3id.org/scamkg/graph/import/test> ";
        // the dataset is the source of everything imported
        assertTrue(ask(g + "{ id:ftm\\/test\\/p-1 prov:wasDerivedFrom id:source\\/import-test }"));
        // people and organisations, with their country met to our place by ISO code
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/p-1> a foaf:Person ; rdfs:label \"Lim Heng\" ; skg:country id:place\\/cambodia }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/c-1> a org:Organization, skg:Company ; org:subOrganizationOf <https://w3id.org/scamkg/id/ftm/test/le-1> }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/pb-1> a skg:GovernmentBody }"));
        // interests become time-bounded relations, at the precision given
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/dir-1> a skg:Relation ; skg:relationType rt:directorship ;"
                + " skg:relationFrom <https://w3id.org/scamkg/id/ftm/test/p-2> ; skg:relationTo <https://w3id.org/scamkg/id/ftm/test/c-1> ;"
                + " skg:startDate \"2020-01-01\"^^xsd:date ; skg:endDate \"2022-06\"^^xsd:gYearMonth }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/own-1> skg:relationType rt:ownership ; skg:startDate \"2019\"^^xsd:gYear }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/link-1> skg:relationType rt:other-link }"));
        // a sanction is an event with its date; a licence meets our licence types; an award names its licensee
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/san-1> a skg:Event ; skg:eventType et:sanction ;"
                + " skg:subject <https://w3id.org/scamkg/id/ftm/test/c-1> ; skg:date \"2024-09-12\"^^xsd:date }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/lic-1> a skg:Licence ; skg:licenceType lt:casino ;"
                + " skg:issuer <https://w3id.org/scamkg/id/ftm/test/pb-1> ; skg:licensee <https://w3id.org/scamkg/id/ftm/test/c-1> }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/occ-1> a skg:Holding ; skg:holder <https://w3id.org/scamkg/id/ftm/test/p-1> }"));
        // what we do not map is kept under its FollowTheMoney property, never dropped
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/p-1> ftm:LegalEntity:email \"lim@example.com\" }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/san-1> ftm:Sanction:reason \"Operating a scam compound\" }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/p-1> ftm:meta:first_seen \"2024-01-02T00:00:00\" }"));
        // imported names are normalised for matching like ours (the honorific goes)
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/test/p-1> skg:normalisedName \"lim heng\" }"));
    }

    /** Lines shaped like OpenSanctions' and Aleph's exports: every metadata field, schemata beyond ours, invalid values. */
    @Test
    void realWorldLinesImportWholeInvalidValuesKeptVerbatimNotMapped() throws IOException {
        Path file = dir.resolve("opensanctions.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"os-1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Kim Sok\"],\"birthDate\":[\"not a date\"],"
                        + "\"nationality\":[\"zz9\",\"kh\"],\"email\":[\"not-an-email\"]},\"caption\":\"Kim Sok\",\"referents\":[\"ref-a\"],"
                        + "\"datasets\":[\"us_ofac_sdn\"],\"first_seen\":\"2023-01-05T10:00:00\",\"last_seen\":\"2024-06-01T00:00:00\","
                        + "\"last_change\":\"2024-05-30T00:00:00\",\"target\":true}",
                "{\"id\":\"os-v\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"Sea Star\"],\"imoNumber\":[\"IMO1234567\"],\"flag\":[\"kh\"]}}",
                "{\"id\":\"os-w\",\"schema\":\"CryptoWallet\",\"properties\":{\"publicKey\":[\"bc1qexample\"],\"holder\":[\"os-1\"]}}",
                "{\"id\":\"os-o\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"os-1\"],\"asset\":[\"os-v\"]}}", ""));
        java.io.StringWriter log = new java.io.StringWriter();
        FtmImport.Result r = FtmImport.run(store, file, "os", NameNormaliser.of(TestProject.DATA), new PrintWriter(log, true));
        assertEquals(4, r.entities());
        assertEquals(3, r.setAside(), log.toString());
        assertTrue(log.toString().contains("opensanctions.jsonl:1: properties.birthDate: 'not a date' is not a date"), log.toString());
        String g = "GRAPH <https://w3id.org/scamkg/graph/import/os> ";
        String p = "<https://w3id.org/scamkg/id/ftm/os/os-1>";
        // kept verbatim, invalid values included, with every metadata field
        assertTrue(ask(g + "{ " + p + " ftm:Person:birthDate \"not a date\" ; ftm:LegalEntity:email \"not-an-email\" ; "
                + "<https://schema.followthemoney.tech/#meta:last_change> \"2024-05-30T00:00:00\" ; "
                + "<https://schema.followthemoney.tech/#meta:referents> \"ref-a\" }"));
        // the invalid country is not mapped, the valid one is
        assertTrue(ask(g + "{ " + p + " skg:country id:place\\/cambodia }"));
        assertEquals(1L, store.dataset().calculateRead(() -> store.dataset().asDatasetGraph()
                .stream(null, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/scamkg/id/ftm/os/os-1"),
                        org.scamkg.vocab.SKG.country.asNode(), null).count()));
        // when the dataset saw it: provenance of the import
        assertTrue(ask(g + "{ " + p + " skg:firstSeen \"2023-01-05T10:00:00\"^^xsd:dateTime ; skg:lastSeen \"2024-06-01T00:00:00\"^^xsd:dateTime }"));
        // schemata we do not map still import, verbatim
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/os/os-v> a ftm:Vessel ; ftm:Vessel:imoNumber \"IMO1234567\" ; rdfs:label \"Sea Star\" }"));
        assertTrue(ask(g + "{ <https://w3id.org/scamkg/id/ftm/os/os-w> a ftm:CryptoWallet }"));
    }

    /** The CSV tables include imported entities: their names in the language they come in, kinds as words, every relation with its source. */
    @Test
    void csvTablesNameImportedEntitiesAndListEveryRelationWithItsSource() throws IOException {
        importFile(EVERY_SCHEMA, "test");
        org.scamkg.export.CsvExport.write(store.dataset(), dir.resolve("csv"));
        String persons = Files.readString(dir.resolve("csv/persons.csv"));
        assertTrue(persons.contains("https://w3id.org/scamkg/id/ftm/test/p-1,Lim Heng,"), persons);
        String places = Files.readString(dir.resolve("csv/places.csv"));
        assertTrue(places.lines().anyMatch(l -> l.startsWith("https://w3id.org/scamkg/id/ftm/test/") && l.contains(",Address,")), places);
        assertTrue(!places.contains("#Address"), places);
        String orgs = Files.readString(dir.resolve("csv/organisations.csv"));
        assertTrue(orgs.lines().anyMatch(l -> l.startsWith("https://w3id.org/scamkg/id/ftm/test/c-1,") && l.contains(",company,")), orgs);
        String relations = Files.readString(dir.resolve("csv/relations.csv"));
        assertTrue(relations.startsWith("from,property,to,source,graph"), relations);
        assertTrue(relations.contains("https://w3id.org/scamkg/id/ftm/test/dir-1,https://w3id.org/scamkg/ontology#relationFrom,"
                + "https://w3id.org/scamkg/id/ftm/test/p-2,https://w3id.org/scamkg/id/source/import-test,"), relations);
        assertTrue(relations.contains(",https://w3id.org/scamkg/id/source/camboja-2022-09-pm-worst-country,"), "curated relations too");
    }

    /** OpenSanctions' statements file: every value keeps the list that states it and since when, and entities are mapped as from lines. */
    @Test
    void statementsKeepWhichListSaidWhatAndSinceWhen() throws IOException {
        java.io.StringWriter log = new java.io.StringWriter();
        FtmImport.Result r = FtmStatements.run(store, TestProject.TEST_RESOURCES.resolve("ftm/statements.csv"), "os",
                NameNormaliser.of(TestProject.DATA), new PrintWriter(log, true));
        assertEquals(4, r.entities());
        assertEquals(11, r.lines());
        assertEquals(1, r.setAside(), log.toString());
        String g = "GRAPH <https://w3id.org/scamkg/graph/import/os> ";
        String p = "<https://w3id.org/scamkg/id/ftm/os/os-p1>";
        // verbatim and mapped, as from an entities file
        assertTrue(ask(g + "{ " + p + " a ftm:Person, foaf:Person ; rdfs:label \"Chen Zhiyuan\" ; skg:country id:place\\/cambodia ; "
                + "ftm:Person:birthDate \"not a date\" }"));
        assertTrue(ask(g + "{ ?s a skg:Event ; skg:eventType et:sanction ; skg:subject " + p + " ; skg:date \"2022-03-01\"^^xsd:date }"));
        assertTrue(ask(g + "{ ?d a skg:Relation ; skg:relationType rt:directorship ; skg:relationFrom " + p + " }"));
        // the same name from two lists: two statements, each with its list and since when
        assertTrue(ask(g + "{ ?a a skg:Attestation ; skg:attests " + p + " ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> \"Chen Zhiyuan\" ; "
                + "prov:wasDerivedFrom id:source\\/import-os-us-ofac-sdn ; skg:firstSeen \"2022-03-01T00:00:00\"^^xsd:dateTime }"));
        assertTrue(ask(g + "{ ?a a skg:Attestation ; skg:attests " + p + " ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> \"Chen Zhiyuan\" ; "
                + "prov:wasDerivedFrom id:source\\/import-os-gb-hmt-sanctions ; skg:firstSeen \"2023-12-08T00:00:00\"^^xsd:dateTime }"));
        assertTrue(ask(g + "{ id:source\\/import-os-gb-hmt-sanctions a <https://schema.org/Dataset> }"));
    }

    @Test
    void aStatementsFileWithABadRowIsRefusedWhole() throws IOException {
        Set<Quad> before = quads();
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "entity_id,prop,schema,value,dataset\nos-1,name,Person,Kim,x\nos-1,colour,Person,red,x\nos-2,name,Spaceship,Z,x\n");
        org.scamkg.common.LoadException e = assertThrows(org.scamkg.common.LoadException.class,
                () -> FtmStatements.run(store, file, "bad", NameNormaliser.of(TestProject.DATA), new PrintWriter(Writer.nullWriter())));
        String problems = e.problems().toString();
        assertTrue(problems.contains("bad.csv:3: prop: 'colour' is not a property of Person"), problems);
        assertTrue(problems.contains("bad.csv:4: schema: 'Spaceship'"), problems);
        assertEquals(before, quads());
    }

    @Test
    void reimportReplacesTheDatasetAndLeavesOthersAlone() throws IOException {
        importFile(EVERY_SCHEMA, "test");
        importFile(EVERY_SCHEMA, "other");
        Path smaller = dir.resolve("smaller.jsonl");
        Files.writeString(smaller, Files.readAllLines(EVERY_SCHEMA).get(1) + "\n");
        importFile(smaller, "test");
        assertTrue(ask("GRAPH <https://w3id.org/scamkg/graph/import/test> { <https://w3id.org/scamkg/id/ftm/test/p-2> ?p ?o }"));
        assertTrue(!ask("GRAPH <https://w3id.org/scamkg/graph/import/test> { <https://w3id.org/scamkg/id/ftm/test/p-1> ?p ?o }"));
        assertTrue(ask("GRAPH <https://w3id.org/scamkg/graph/import/other> { <https://w3id.org/scamkg/id/ftm/other/p-1> ?p ?o }"));
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEachLineNumberAndTheStoreIsUnchanged() throws IOException {
        importFile(EVERY_SCHEMA, "test");
        Set<Quad> before = quads();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<String> lines = List.of(
                "{\"id\": \"ok-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Fine\"]}}",
                "{\"id\": \"bad-json\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Unclosed\"]}",
                "{\"id\": \"x\", \"schema\": \"Spaceship\", \"properties\": {}}",
                "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"wingspan\": [\"3m\"]}}",
                "{\"id\": \"x\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"p-1\"]}}",
                "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": \"not a list\"}}",
                "[\"not\", \"an\", \"object\"]",
                "{\"schema\": \"Person\", \"properties\": {\"name\": [\"No id\"]}}",
                "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}, \"colour\": \"red\"}",
                "{\"id\": \"a/b <c>\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}",
                "{\"id\": \"x\", \"schema\": \"Ownership\", \"properties\": {\"owner\": [\"p 1\"], \"asset\": [\"c-1\"]}}");
        for (String l : lines) file.write((l + "\n").getBytes(StandardCharsets.UTF_8));
        file.write(new byte[] {'{', '"', 'i', 'd', '"', ':', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}); // invalid UTF-8
        file.write((lines.get(0).replace("ok-1", "ok-2") + "\n").getBytes(StandardCharsets.UTF_8));
        Path bad = dir.resolve("bad.jsonl");
        Files.write(bad, file.toByteArray());

        LoadException e = assertThrows(LoadException.class, () -> importFile(bad, "test"));
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), e.problems().stream().map(Problem::line).toList(), e.getMessage());
        List<String> reasons = e.problems().stream().map(Problem::toString).toList();
        assertTrue(reasons.get(0).contains("not valid JSON"), reasons.get(0));
        assertTrue(reasons.get(1).contains("schema 'Spaceship'"), reasons.get(1));
        assertTrue(reasons.get(2).contains("properties.wingspan: not a property of Person"), reasons.get(2));
        assertTrue(reasons.get(3).contains("properties.organization: required for Directorship"), reasons.get(3));
        assertTrue(reasons.get(4).contains("expected a list of strings"), reasons.get(4));
        assertTrue(reasons.get(5).contains("not a JSON object"), reasons.get(5));
        assertTrue(reasons.get(6).contains("id: required"), reasons.get(6));
        assertTrue(reasons.get(7).contains("colour: not a field"), reasons.get(7));
        assertTrue(reasons.get(8).contains("id: 'a/b <c>' is not a FollowTheMoney id"), reasons.get(8));
        assertTrue(reasons.get(9).contains("properties.owner: 'p 1' is not a FollowTheMoney id"), reasons.get(9));
        assertTrue(reasons.get(10).contains("UTF-8"), reasons.get(10));
        assertTrue(reasons.stream().allMatch(r -> r.startsWith(bad.toString())), reasons.toString());
        assertEquals(before, quads(), "the refused import left the store as it was, earlier import included");
    }

    @Test
    void aDatasetNameThatIsNotASlugIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> importFile(EVERY_SCHEMA, "Open Sanctions"));
        assertTrue(e.getMessage().contains("not a name"), e.getMessage());
    }
}
