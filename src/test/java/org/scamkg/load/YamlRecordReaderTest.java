package org.scamkg.load;

import org.scamkg.common.Problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlRecordReaderTest {
    private final YamlRecordReader reader = new YamlRecordReader();

    private RecordNode read(Path dir, String yaml, Problems problems) throws IOException {
        Path f = dir.resolve("x.yml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        return reader.read(f, "x.yml", problems).orElse(null);
    }

    @Test
    void everyNodeKnowsItsLineAndPath(@TempDir Path dir) throws IOException {
        Problems p = new Problems();
        RecordNode root = read(dir, "# comment\nclaims:\n  - id: claim/a\n    value: 368\n  - id: claim/b\n", p);
        assertTrue(p.isEmpty());
        RecordNode second = root.fields().get("claims").items().get(1);
        assertEquals(5, second.line());
        assertEquals("claims[1]", second.path());
        RecordNode value = root.fields().get("claims").items().get(0).fields().get("value");
        assertEquals(4, value.line());
        assertEquals("claims[0].value", value.path());
        assertTrue(value.isNumber());
        assertEquals("368", value.text());
    }

    @Test
    void quotedNumberIsTextNotNumber(@TempDir Path dir) throws IOException {
        RecordNode root = read(dir, "value: \"368\"\n", new Problems());
        assertTrue(!root.fields().get("value").isNumber());
    }

    @Test
    void duplicateKeyIsAProblemOnItsLine(@TempDir Path dir) throws IOException {
        Problems p = new Problems();
        read(dir, "a: 1\nb: 2\na: 3\n", p);
        assertEquals("x.yml:3: a: duplicate key (also on line 1)", p.sorted().get(0).toString());
    }

    @Test
    void invalidUtf8IsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.yml");
        Files.write(f, new byte[] {'a', ':', ' ', '1', '\n', 'b', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Problems p = new Problems();
        assertTrue(reader.read(f, "x.yml", p).isEmpty());
        assertEquals("x.yml:2: -: not valid UTF-8 text", p.sorted().get(0).toString());
    }

    @Test
    void nestingBeyondTheLimitIsRejected(@TempDir Path dir) throws IOException {
        String deep = "[".repeat(YamlRecordReader.MAX_DEPTH + 5) + "]".repeat(YamlRecordReader.MAX_DEPTH + 5) + "\n";
        Problems p = new Problems();
        assertEquals(null, read(dir, "a: " + deep, p));
        assertTrue(p.sorted().get(0).reason().startsWith("not valid YAML"), p.sorted().toString());
    }

    @Test
    void emptyFileIsAProblem(@TempDir Path dir) throws IOException {
        Problems p = new Problems();
        assertEquals(null, read(dir, "", p));
        assertEquals("x.yml:1: -: the file is empty", p.sorted().get(0).toString());
    }
}
