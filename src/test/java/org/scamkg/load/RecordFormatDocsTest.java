package org.scamkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scamkg.TestDocs;

/**
 * docs/data.md's field tables are generated from record-format.yaml, and the readers take their
 * field lists from it. Run with -Dscamkg.updateDocs=true to rewrite the tables.
 */
class RecordFormatDocsTest {
    @Test
    void docsTablesAreGeneratedFromTheFormat() throws IOException {
        TestDocs.checkGenerated(Path.of("docs/data.md"), "<!-- record-format:start -->", "<!-- record-format:end -->",
                RecordFormat.get().markdown(), "run mvn test -Dtest=RecordFormatDocsTest -Dscamkg.updateDocs=true");
    }

    @Test
    void theReadersUseTheFormat() {
        RecordFormat f = RecordFormat.get();
        assertEquals(f.topSections(), SourceFileMapper.SECTIONS);
        assertEquals(f.registries().size(), RegistryReader.REGISTRIES.size());
        assertTrue(RegistryReader.registryFor("places.csv").orElseThrow().columns().contains("code"));
        assertEquals(List.of("country", "member_of", "operator", "organisation", "parent", "within"), EntityWriter.allLinkFields());
    }
}
