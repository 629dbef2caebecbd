package org.scamkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/data.md's field tables are generated from record-format.yaml, and the readers take their
 * field lists from it. Run with -Dscamkg.updateDocs=true to rewrite the tables.
 */
class RecordFormatDocsTest {
    private static final Path DOC = Path.of("docs/data.md");
    private static final String START = "<!-- record-format:start -->\n";
    private static final String END = "<!-- record-format:end -->";

    @Test
    void docsTablesAreGeneratedFromTheFormat() throws IOException {
        String doc = Files.readString(DOC);
        int s = doc.indexOf(START);
        int e = doc.indexOf(END);
        assertTrue(s >= 0 && e > s, "docs/data.md lacks the record-format markers");
        String expected = RecordFormat.get().markdown();
        if (Boolean.getBoolean("scamkg.updateDocs")) {
            Files.writeString(DOC, doc.substring(0, s + START.length()) + expected + doc.substring(e));
            return;
        }
        assertEquals(expected, doc.substring(s + START.length(), e),
                "docs/data.md differs from record-format.yaml: run mvn test -Dtest=RecordFormatDocsTest -Dscamkg.updateDocs=true");
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
