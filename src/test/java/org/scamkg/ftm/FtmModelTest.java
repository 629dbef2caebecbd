package org.scamkg.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The vendored model is the release src/build/ftm-model.sh names, whole, and values are checked by their type. */
class FtmModelTest {
    static final String MODEL_VERSION = "4.5.2";
    static final String MODEL_SHA256 = "ea77361fe4aaf20b5cfee4392d91dba86afc9e5b2c5175cb001b100be0864af3";

    @Test
    void theVendoredModelIsTheReleaseTheScriptNames() throws IOException, NoSuchAlgorithmException {
        byte[] model = Files.readAllBytes(Path.of("src/main/resources/org/scamkg/ftm/model.json"));
        assertEquals(MODEL_SHA256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model)),
                "model.json changed: run src/build/ftm-model.sh and update this test's version and checksum");
        assertTrue(Files.readString(Path.of("src/build/ftm-model.sh")).contains("VERSION=" + MODEL_VERSION));
    }

    @Test
    void everySchemaOfTheModelIsKnownWithItsInheritedProperties() {
        FtmSchemata m = FtmSchemata.get();
        assertTrue(m.entitySchemata().containsAll(java.util.List.of("Vessel", "CryptoWallet", "BankAccount", "Security", "Airplane", "Person")));
        assertFalse(m.entitySchemata().contains("Thing"), "abstract schemata are not an entity's");
        FtmSchemata.Schema vessel = m.schema("Vessel").orElseThrow();
        assertEquals("Thing", vessel.properties().get("name").definedBy());
        assertEquals("Vessel", vessel.properties().get("imoNumber").definedBy());
        assertEquals(Optional.of("director"), m.schema("Directorship").orElseThrow().edgeSource());
    }

    @Test
    void valuesAreCheckedByTheirType() {
        assertTrue(FtmValues.problem("date", "2021-02-16T21:48").isEmpty());
        assertTrue(FtmValues.problem("date", "2021").isEmpty());
        assertTrue(FtmValues.problem("date", "not a date").isPresent());
        assertTrue(FtmValues.problem("date", "2021-02-30").isPresent());
        assertTrue(FtmValues.problem("country", "kh").isEmpty());
        assertTrue(FtmValues.problem("country", "zz9").isPresent());
        assertTrue(FtmValues.problem("email", "a@example.org").isEmpty());
        assertTrue(FtmValues.problem("email", "not-an-email").isPresent());
        assertTrue(FtmValues.problem("url", "https://example.org/x").isEmpty());
        assertTrue(FtmValues.problem("url", "example").isPresent());
        assertTrue(FtmValues.problem("number", "1,600.5").isEmpty());
        assertTrue(FtmValues.problem("number", "many").isPresent());
        assertTrue(FtmValues.problem("identifier", "anything at all").isEmpty());
    }
}
