package org.scamkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.common.LoadException;
import org.scamkg.export.CsvExport;
import org.scamkg.export.EntityGraph;
import org.scamkg.ftm.FtmExport;
import org.scamkg.load.CuratedValidation;
import org.scamkg.load.DataLayout;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;
import org.scamkg.store.StoreStatistics;

/**
 * The kinds of thing are written once, as annotations in ontology/scamkg.ttl: adding a kind of
 * organisation (a bank) is one ontology edit plus data, and the loader, statistics, CSV tables,
 * network export and FollowTheMoney export all follow.
 */
class KindsTest {
    private static final Path BANK = TestProject.TEST_RESOURCES.resolve("kinds/bank");

    @Test
    void theProjectOntologyDefinesEveryIdentifierKindAndItsWords() {
        Model onto = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("scamkg.ttl").toString());
        Kinds kinds = Kinds.from(onto);
        for (Ids.Kind k : Ids.Kind.values())
            assertTrue(kinds.generalClass(k).isPresent(), "no class has skg:idSegment \"" + k.segment() + "\"");
        assertEquals(List.of("company", "government-body", "international-body", "media-outlet", "ngo", "political-party"),
                kinds.words(Ids.Kind.ORG));
        assertEquals(List.of(ORG.Organization, SKG.Company), kinds.types(Ids.Kind.ORG, Optional.of("company")));
        assertEquals(List.of(FOAF.Person), kinds.types(Ids.Kind.PERSON, Optional.empty()));
        assertEquals(List.of(), kinds.words(Ids.Kind.POST));
        assertEquals(Optional.of("Organization"), kinds.ftmSchema(List.of(ORG.Organization, SKG.NonGovernmentalOrganisation)));
        assertEquals(Optional.of("Company"), kinds.ftmSchema(List.of(ORG.Organization, SKG.Company)));
        assertEquals(Optional.of("Compound"), kinds.displayName(List.of(SKG.Site, SKG.Compound)));
        assertEquals(List.of(), kinds.classesForFtmSchema("Note"), "a Note may be a claim or a curated link: not typed on import");
    }

    /**
     * A query that lists kinds in a VALUES block (SPARQL cannot read them from the ontology without
     * joining it on every row) must list exactly the general classes of the registries' kinds.
     */
    @Test
    void theEntityKindsListedInQueriesAreTheRegistriesKinds() throws IOException {
        Kinds kinds = Kinds.from(RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("scamkg.ttl").toString()));
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (var r : org.scamkg.load.RecordFormat.get().registries())
            expected.add(org.scamkg.vocab.Prefixes.standard().shortForm(kinds.generalClass(r.kind()).orElseThrow().getURI()));
        String q = Files.readString(TestProject.QUERIES.resolve("quality-entity-without-source.rq"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("VALUES \\?kind \\{([^}]*)\\}").matcher(q);
        assertTrue(m.find(), "no VALUES ?kind block");
        assertEquals(expected, new java.util.TreeSet<>(List.of(m.group(1).strip().split("\\s+"))));
    }

    @Test
    void aBankIsOneOntologyEditPlusData(@TempDir Path dir) throws IOException {
        Path data = TestProject.fixtureData(dir, null);
        TestProject.copyTree(BANK.resolve("data"), data);
        // without the class, the kind word is refused
        LoadException refused = assertThrows(LoadException.class, () -> CuratedValidation.run(TestProject.withData(data)));
        assertTrue(refused.problems().toString().contains("'bank' is not one of"), refused.problems().toString());

        Path ontology = dir.resolve("ontology");
        TestProject.copyTree(TestProject.ONTOLOGY, ontology);
        Files.writeString(ontology.resolve("scamkg.ttl"), "\n" + Files.readString(BANK.resolve("scamkg-addition.ttl")), StandardOpenOption.APPEND);
        DataLayout layout = new DataLayout(data, ontology);
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            StoreLoader.load(store, layout, new PrintWriter(Writer.nullWriter()));
            StoreStatistics.Stats stats = StoreStatistics.of(store.dataset());
            assertEquals(5L, stats.entitiesByKind().get("organisations"), "the fixture's four organisations and the bank");

            CsvExport.write(store.dataset(), dir.resolve("csv"));
            assertTrue(Files.readString(dir.resolve("csv/organisations.csv")).contains("Fixture Bank"));

            EntityGraph network = EntityGraph.of(store.dataset());
            assertTrue(network.nodes().stream().anyMatch(n -> n.id().endsWith("org/fixture-bank") && n.kind().equals("Bank")),
                    network.nodes().toString());

            ByteArrayOutputStream ftm = new ByteArrayOutputStream();
            FtmExport.write(store.dataset(), ftm, new PrintWriter(Writer.nullWriter()));
            String bankLine = ftm.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("{\"id\":\"scamkg.org.fixture-bank\"")).findFirst()
                    .orElseThrow();
            assertTrue(bankLine.contains("\"schema\":\"Company\""), bankLine);
            assertFalse(bankLine.contains("\"schema\":\"Organization\""), bankLine);
        }
    }
}
