package org.scamkg.store;

import org.scamkg.ftm.FtmImport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.ftm.FtmExport;
import org.scamkg.common.NameNormaliser;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;

/**
 * Curated links (data/links/*.csv) are the only way an imported entity joins ours: the fixture
 * links person/lena-vos to one OpenSanctions-style entity; a second entity with the same name
 * stays a candidate for review, and the export names the linked one as a referent.
 */
class FtmLinksTest {
    @TempDir Path dir;
    KgStore store;

    @BeforeEach
    void load() {
        Path data = TestProject.fixtureData(dir, "links-good");
        store = KgStore.open(TestProject.CONFIG, dir.resolve("store"));
        StoreLoader.load(store, TestProject.withData(data));
        FtmImport.run(store, TestProject.TEST_RESOURCES.resolve("ftm/linked.jsonl"), "opensanctions", NameNormaliser.of(data),
                new PrintWriter(Writer.nullWriter()));
    }

    @AfterEach
    void close() { store.close(); }

    boolean ask(String q) {
        return store.dataset().calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void aCuratedLinkJoinsTheEntitiesWithWhoConfirmedItAndWhy() {
        assertTrue(ask("""
                PREFIX skg: <https://w3id.org/scamkg/ontology#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                ASK { GRAPH <https://w3id.org/scamkg/graph/links> {
                  <https://w3id.org/scamkg/id/person/lena-vos> owl:sameAs <https://w3id.org/scamkg/id/ftm/opensanctions/NK-fixture-1> .
                  ?link a skg:Link ; skg:linkedEntity <https://w3id.org/scamkg/id/person/lena-vos> ;
                        skg:linkedTo <https://w3id.org/scamkg/id/ftm/opensanctions/NK-fixture-1> ;
                        skg:confirmedBy ?who ; skg:reason ?why FILTER(STR(?who) = "A. Curator") } }"""));
        // nothing joins the unconfirmed namesake
        assertTrue(!ask("""
                ASK { <https://w3id.org/scamkg/id/person/lena-vos> ?p <https://w3id.org/scamkg/id/ftm/opensanctions/NK-fixture-2> }"""));
    }

    @Test
    void candidateLinksProposesTheNamesakeButNotTheLinkedEntity() {
        QueryCatalog catalog = QueryCatalog.load(TestProject.QUERIES);
        RowSetRewindable rows = new QueryRunner(store.dataset(), 60_000).select(catalog.get("candidate-links").orElseThrow(), Map.of());
        List<String> pairs = new ArrayList<>();
        rows.forEachRemaining(b -> pairs.add(b.get("entity").getURI() + " ~ " + b.get("ftmId").getLiteralLexicalForm()
                + " (" + b.get("matchedName").getLiteralLexicalForm() + ", " + b.get("country").getLiteralLexicalForm() + ")"));
        assertEquals(List.of("https://w3id.org/scamkg/id/person/lena-vos ~ NK-fixture-2 (lena vos, unknown)"), pairs);
    }

    @Test
    void theExportNamesTheLinkedEntityAsAReferentAndKeepsTheCuratorsNote() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FtmExport.write(store.dataset(), out, new PrintWriter(Writer.nullWriter()));
        ObjectMapper json = new ObjectMapper();
        JsonNode person = null;
        JsonNode note = null;
        for (String line : out.toString(StandardCharsets.UTF_8).lines().toList()) {
            JsonNode n = json.readTree(line);
            if (n.get("id").asText().equals("scamkg.person.lena-vos")) person = n;
            if (n.get("schema").asText().equals("Note") && n.toString().contains("NK-fixture-1")) note = n;
        }
        assertEquals("[\"NK-fixture-1\"]", String.valueOf(person.get("referents")));
        assertTrue(note.get("properties").get("entity").toString().contains("scamkg.person.lena-vos"), String.valueOf(note));
        assertTrue(note.toString().contains("A. Curator"), String.valueOf(note));
    }
}
