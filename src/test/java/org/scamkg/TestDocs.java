package org.scamkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scamkg.common.GeneratedSection;

/**
 * Checks a generated section of a document against what its definition gives; with
 * {@code -Dscamkg.updateDocs=true} rewrites it instead.
 */
public final class TestDocs {
    private TestDocs() {}

    public static void checkGenerated(Path doc, String start, String end, String expected, String howToUpdate) throws IOException {
        String text = Files.readString(doc);
        String generated = GeneratedSection.replace(text, start, end, expected);
        if (Boolean.getBoolean("scamkg.updateDocs")) Files.writeString(doc, generated);
        else assertEquals(generated, text, doc + " differs from its definition: " + howToUpdate);
    }
}
