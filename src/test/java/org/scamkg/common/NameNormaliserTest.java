package org.scamkg.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;

/** Names fold for matching: case, Latin accents, punctuation and the listed honorifics go; other scripts stay whole. */
class NameNormaliserTest {
    final NameNormaliser names = NameNormaliser.of(TestProject.DATA);

    @Test
    void caseAccentsPunctuationAndSpacingFold() {
        assertEquals("sar sokha", names.normalise("  SAR   Sokha "));
        assertEquals("nguyen van an", names.normalise("Nguyễn Văn An"));
        assertEquals("golden sands entertainment co ltd", names.normalise("Golden-Sands Entertainment Co., Ltd."));
    }

    @Test
    void honorificsFromTheDataFileAreStrippedFromTheFrontOnly() {
        assertEquals("sar sokha", names.normalise("H.E. Sar Sokha"));
        assertEquals("hun sen", names.normalise("Samdech Techo Hun Sen"));
        assertEquals("ly yong phat", names.normalise("Oknha Ly Yong Phat"));
        // an honorific inside a name is part of the name
        assertEquals("the samdech foundation", names.normalise("The Samdech Foundation"));
        // without the rules, nothing is stripped
        assertEquals("h e sar sokha", NameNormaliser.none().normalise("H.E. Sar Sokha"));
    }

    @Test
    void khmerVowelSignsAreKeptButLatinAccentsGo() {
        String khmer = "សខ សុខា";
        assertEquals(khmer, names.normalise(khmer));
        assertNotEquals(names.normalise("សុខា"), names.normalise("សខា"));
    }

    @Test
    void rulesAreData(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("names"));
        Files.writeString(dir.resolve("names/honorifics.csv"), "honorific,language,note\nTycoon,en,\n");
        assertEquals("ly yong phat", NameNormaliser.of(dir).normalise("Tycoon Ly Yong Phat"));
        assertEquals("oknha ly yong phat", NameNormaliser.of(dir).normalise("Oknha Ly Yong Phat"));
    }
}
