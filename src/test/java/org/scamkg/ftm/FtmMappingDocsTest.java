package org.scamkg.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.vocab.Kinds;

/**
 * docs/ftm.md's mapping tables are generated from ftm/mapping.tsv and the ontology's skg:ftmSchema
 * annotations. Run with -Dscamkg.updateDocs=true to rewrite them.
 */
class FtmMappingDocsTest {
    private static final Path DOC = Path.of("docs/ftm.md");
    private static final String START = "<!-- ftm-mapping:start -->\n";
    private static final String END = "<!-- ftm-mapping:end -->";

    @Test
    void docsTablesAreGeneratedFromTheMapping() throws IOException {
        String doc = Files.readString(DOC);
        int s = doc.indexOf(START);
        int e = doc.indexOf(END);
        assertTrue(s >= 0 && e > s, "docs/ftm.md lacks the ftm-mapping markers");
        Kinds kinds = Kinds.from(RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("scamkg.ttl").toString()));
        String expected = FtmMapping.get().markdown(kinds);
        if (Boolean.getBoolean("scamkg.updateDocs")) {
            Files.writeString(DOC, doc.substring(0, s + START.length()) + expected + doc.substring(e));
            return;
        }
        assertEquals(expected, doc.substring(s + START.length(), e),
                "docs/ftm.md differs from ftm/mapping.tsv: run mvn test -Dtest=FtmMappingDocsTest -Dscamkg.updateDocs=true");
    }

    @Test
    void everyRowNamesAPropertyOfItsSchema() {
        for (FtmMapping.Row r : FtmMapping.get().rows())
            r.ftm().filter(p -> !p.equals("referents")).ifPresent(p -> {
                boolean defined = FtmSchemata.get().names().stream().map(n -> FtmSchemata.get().schema(n).orElseThrow())
                        .anyMatch(sc -> sc.is(r.schema()) && sc.properties().containsKey(p));
                assertTrue(defined, r.schema() + " has no property " + p);
            });
    }
}
