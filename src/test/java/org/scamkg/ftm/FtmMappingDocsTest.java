package org.scamkg.ftm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.scamkg.TestDocs;
import org.scamkg.TestProject;
import org.scamkg.vocab.Kinds;

/**
 * docs/ftm.md's mapping tables are generated from ftm/mapping.tsv and the ontology's skg:ftmSchema
 * annotations. Run with -Dscamkg.updateDocs=true to rewrite them.
 */
class FtmMappingDocsTest {
    @Test
    void docsTablesAreGeneratedFromTheMapping() throws IOException {
        Kinds kinds = Kinds.from(RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("scamkg.ttl").toString()));
        TestDocs.checkGenerated(Path.of("docs/ftm.md"), "<!-- ftm-mapping:start -->", "<!-- ftm-mapping:end -->",
                FtmMapping.get().markdown(kinds), "run mvn test -Dtest=FtmMappingDocsTest -Dscamkg.updateDocs=true");
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
