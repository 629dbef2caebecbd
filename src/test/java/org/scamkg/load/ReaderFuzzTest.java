package org.scamkg.load;

import org.scamkg.common.DisplayPath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.TestProject;
import org.scamkg.TestCli;
import org.scamkg.TestCli.Run;
import org.scamkg.TestStores;


/**
 * Hostile files through every reader of the loader (source YAML, registry CSV, link CSV, the
 * honorifics CSV, source texts, FollowTheMoney JSON lines), run through the command line
 * in-process as a user would: each must be refused, promptly, with a non-zero exit code, a short
 * error of one line per problem naming the file and line, no stack trace or Java class name, and
 * the store exactly as it was. Big inputs are generated here, never committed. Each case starts
 * from a copy of one store loaded once (the curated data and an FtM import).
 */
class ReaderFuzzTest {
    /** The hostile file's kind: how it reaches the loader. */
    enum Via { LOAD, IMPORT_FTM }

    /** One hostile case: which file (relative to the data directory, or the FtM file's name) gets which bytes. */
    record Case(Via via, String file, Supplier<byte[]> content) {}

    static final int TEN_MB = 10 * 1024 * 1024;
    static final int MAX_ERR_LINES = 10;
    static final int MAX_ERR_CHARS = 4096;
    static final int DEEP = 10_000;
    /** Each case takes a second or two on a busy machine; a hostile file must not make a load crawl. */
    static final long MAX_MILLIS = 20_000;
    static final Path BASE = TestProject.TEST_RESOURCES.resolve("records/_base/data");
    static final Path EVERY_SCHEMA = TestProject.TEST_RESOURCES.resolve("ftm/every-schema.jsonl");
    static final String GOOD_LINK = "person/lena-vos,opensanctions,NK-fixture-1,A. Curator,Same name and country\n";
    static final String LINK_HEADER = "iri,dataset,ftm_id,confirmed_by,reason\n";
    static final String PERSON = "{\"id\": \"p-9\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Sok Dara\"]}}\n";

    @TempDir static Path shared;
    /** The store every case starts from: the curated data, and an earlier import of the dataset the FtM cases replace. */
    static Path template;
    static List<String> templateContent;

    @BeforeAll
    static void buildTemplateStore() {
        template = shared.resolve("template");
        String[] store = {"--store", template.toString(), "--config", TestProject.CONFIG.toString(),
                "--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString()};
        Run load = run(concat(new String[] {"load"}, store));
        assertEquals(0, load.exit(), load.err());
        Run imp = run(concat(new String[] {"import-ftm", EVERY_SCHEMA.toString(), "--dataset", "fuzz"}, store));
        assertEquals(0, imp.exit(), imp.err());
        templateContent = content(template);
        assertTrue(templateContent.size() > 1000, "template store holds the curated data");
    }

    // ---- the cases ----

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        // curated source records (YAML)
        String yml = "sources/fixture-article.yml";
        add(out, "yaml: truncated mid-record", Via.LOAD, yml, () -> {
            String s = base(yml);
            return bytes(s.substring(0, s.indexOf("subjects: [org/fixture-unn") + "subjects: [org/fixture-unn".length()));
        });
        add(out, "yaml: list where text is expected", Via.LOAD, yml, () -> bytes(base(yml).replace("title: Fixture article", "title: [Fixture, article]")));
        add(out, "yaml: number where a date is expected", Via.LOAD, yml, () -> bytes(base(yml).replace("published: 2022-09", "published: 20220931")));
        add(out, "yaml: map where a name is expected", Via.LOAD, yml,
                () -> bytes(base(yml).replace("name: Raid on the compound", "name: {en: Raid, km: {x: [1, 2]}}")));
        add(out, "yaml: invalid UTF-8", Via.LOAD, yml, () -> withBadUtf8(base(yml), "title: Fixture"));
        add(out, "yaml: a 10 MB line", Via.LOAD, yml,
                () -> bytes(base(yml).replace("title: Fixture article", "title: " + "x".repeat(TEN_MB))));
        add(out, "yaml: 10 MB of short lines", Via.LOAD, yml,
                () -> bytes(base(yml).replace("mentions:\n", "mentions:\n" + ("  - " + "x".repeat(96) + "\n").repeat(TEN_MB / 100))));
        add(out, "yaml: a 10 MB reference", Via.LOAD, yml,
                () -> bytes(base(yml).replace("publisher: org/fixture-daily", "publisher: org/" + "x".repeat(TEN_MB))));
        add(out, "yaml: a 2 MB quote", Via.LOAD, yml,
                () -> bytes(base(yml).replace("quote: arresting 12 people", "quote: " + "x".repeat(2 * 1024 * 1024))));
        add(out, "yaml: a 2 MB key", Via.LOAD, yml,
                () -> bytes(base(yml).replace("  title: Fixture article", "  title: Fixture article\n  " + "k".repeat(2 * 1024 * 1024) + ": 1")));
        add(out, "yaml: a multi-line value echoed", Via.LOAD, yml,
                () -> bytes(base(yml).replace("publisher: org/fixture-daily", "publisher: \"org/one\\nsecond line\\n\\tat fake.Frame(Fake.java:1)\"")));
        add(out, "yaml: 10,000 nested lists", Via.LOAD, yml,
                () -> bytes(base(yml).replace("title: Fixture article", "title:\n" + inLines("[", DEEP) + inLines("]", DEEP))));
        add(out, "yaml: 10,000 nested maps", Via.LOAD, yml,
                () -> bytes(base(yml).replace("title: Fixture article", "title:\n" + inLines("{a: ", DEEP) + "    b\n" + inLines("}", DEEP))));
        add(out, "yaml: 2,000 nested block maps", Via.LOAD, yml, () -> {
            StringBuilder b = new StringBuilder(base(yml)).append("deep:\n");
            for (int i = 1; i < 2_000; i++) b.append(" ".repeat(i)).append("a:\n");
            return bytes(b.toString());
        });
        add(out, "yaml: alias bomb", Via.LOAD, yml, () -> {
            StringBuilder b = new StringBuilder(base(yml)).append("bomb:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 10; i++) b.append("  a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ", ").repeat(8)).append("*a").append(i - 1).append("]\n");
            return bytes(b.toString());
        });
        add(out, "yaml: duplicate id", Via.LOAD, yml, () -> bytes(base(yml).replace("entities:\n", """
                entities:
                  - id: site/fixture-compound
                    kind: compound
                    name: The compound again
                    quote: a company's compound in Port Alto
                """)));
        add(out, "yaml: an alias for a value", Via.LOAD, yml,
                () -> bytes(base(yml).replace("publisher: org/fixture-daily", "publisher: &p org/fixture-daily").replace("title: Fixture article", "title: *p")));
        add(out, "yaml: duplicate key", Via.LOAD, yml,
                () -> bytes(base(yml).replace("  title: Fixture article", "  title: Fixture article\n  title: Another title")));
        // characters that break XML outputs or disguise a name (issue 17 item 10)
        add(out, "yaml: a control character in a name", Via.LOAD, yml, () -> bytes(base(yml).replace("name: Raid on the compound", "name: \"Raid\\x01 on the compound\"")));
        add(out, "yaml: U+FFFE in a title", Via.LOAD, yml, () -> bytes(base(yml).replace("title: Fixture article", "title: \"Fixture \\uFFFE article\"")));
        add(out, "yaml: a bidi override in a quote", Via.LOAD, yml, () -> bytes(base(yml).replace("quote: Minister Lena Vos said on Monday", "quote: Minister \u202ELena Vos said on Monday")));
        add(out, "yaml: a zero-width space in an alias", Via.LOAD, yml, () -> bytes(base(yml).replace("as: [Lena Vos, Vos]", "as: [Lena Vos, \"V\u200Bos\"]")));
        add(out, "yaml: a byte-order mark inside a value", Via.LOAD, yml, () -> bytes(base(yml).replace("title: Fixture article", "title: \"Fixture\\uFEFF article\"")));
        add(out, "yaml: unresolvable reference", Via.LOAD, yml,
                () -> bytes(base(yml).replace("publisher: org/fixture-daily", "publisher: org/no-such-daily")));

        // registries (CSV)
        String persons = "registry/persons.csv";
        add(out, "registry: truncated mid-row", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,Sok Da"));
        add(out, "registry: truncated in a quoted cell", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,\"Sok Da"));
        add(out, "registry: number where a reference is expected", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,Sok Dara,,,,42,\n"));
        add(out, "registry: list where a reference is expected", Via.LOAD, persons,
                () -> bytes(base(persons) + "sok-dara,Sok Dara,,,,\"[place/fixture-land, place/port-alto]\",\n"));
        add(out, "registry: invalid UTF-8", Via.LOAD, persons, () -> withBadUtf8(base(persons) + "sok-dara,Sok Dara,,,,place/fixture-land,\n", "Sok"));
        add(out, "registry: a 10 MB line", Via.LOAD, persons,
                () -> bytes(base(persons) + "sok-dara,Sok Dara,,,,place/" + "x".repeat(TEN_MB) + ",\n"));
        add(out, "registry: a 10 MB slug", Via.LOAD, persons, () -> bytes(base(persons) + "x".repeat(TEN_MB) + ",Sok Dara,,,,,\n"));
        add(out, "registry: a quoted cell across lines", Via.LOAD, persons,
                () -> bytes(base(persons) + "sok-dara,Sok Dara,,,,\"place/one\nsecond line\n\tat fake.Frame(Fake.java:1)\",\n"));
        add(out, "registry: a control character in a name", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,Sok\u0007 Dara,,,,place/fixture-land,\n"));
        add(out, "registry: U+FFFF in an alias", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,Sok Dara,Dara\uFFFF,,,place/fixture-land,\n"));
        add(out, "registry: a right-to-left override in a Khmer name", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,Sok Dara,,\u202Eសុខ,,place/fixture-land,\n"));
        add(out, "registry: a zero-width joiner in a name", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,So\u200Dk Dara,,,,place/fixture-land,\n"));
        add(out, "registry: duplicate slug", Via.LOAD, persons, () -> bytes(base(persons) + "lena-vos,Lena Vos Again,,,,place/fixture-land,\n"));
        add(out, "registry: unresolvable reference", Via.LOAD, persons, () -> bytes(base(persons) + "sok-dara,Sok Dara,,,,place/atlantis,\n"));

        // curator links (CSV)
        String links = "links/opensanctions.csv";
        add(out, "links: truncated mid-row", Via.LOAD, links, () -> bytes(LINK_HEADER + GOOD_LINK + "person/lena-vos,opensanc"));
        add(out, "links: truncated in a quoted cell", Via.LOAD, links, () -> bytes(LINK_HEADER + GOOD_LINK + "person/lena-vos,opensanctions,NK-2,A. Curator,\"Same na"));
        add(out, "links: number where an identifier is expected", Via.LOAD, links, () -> bytes(LINK_HEADER + "42,opensanctions,NK-1,A. Curator,why\n"));
        add(out, "links: invalid UTF-8", Via.LOAD, links, () -> withBadUtf8(LINK_HEADER + GOOD_LINK, "Curator"));
        add(out, "links: a 10 MB line", Via.LOAD, links,
                () -> bytes(LINK_HEADER + "person/" + "x".repeat(TEN_MB) + ",opensanctions,NK-1,A. Curator,why\n"));
        add(out, "links: a quoted cell across lines", Via.LOAD, links,
                () -> bytes(LINK_HEADER + "\"person/one\nsecond line\n\tat fake.Frame(Fake.java:1)\",opensanctions,NK-1,A. Curator,why\n"));
        add(out, "links: duplicate link", Via.LOAD, links, () -> bytes(LINK_HEADER + GOOD_LINK + GOOD_LINK));
        add(out, "links: one imported entity linked to two of ours", Via.LOAD, links,
                () -> bytes(LINK_HEADER + GOOD_LINK + "org/fixture-police,opensanctions,NK-fixture-1,A. Curator,why\n"));
        add(out, "links: unresolvable reference", Via.LOAD, links, () -> bytes(LINK_HEADER + "person/nobody-here,opensanctions,NK-1,A. Curator,why\n"));

        // name rules (CSV), read by load and import alike
        String honorifics = "names/honorifics.csv";
        add(out, "names: invalid UTF-8", Via.LOAD, honorifics, () -> withBadUtf8("honorific\nSamdech\nH.E.\n", "Samdech"));
        add(out, "names: truncated in a quoted cell", Via.LOAD, honorifics, () -> bytes("honorific\nSamdech\n\"H.E"));

        // source texts, read to check quotes
        add(out, "texts: invalid UTF-8", Via.LOAD, "texts/fixture.txt", () -> withBadUtf8(base("texts/fixture.txt"), "police"));

        // FollowTheMoney JSON lines
        String ftm = "hostile.jsonl";
        add(out, "ftm: truncated mid-line", Via.IMPORT_FTM, ftm, () -> bytes(PERSON + PERSON.replace("p-9", "p-10").substring(0, 40)));
        add(out, "ftm: list where a string is expected", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": [\"p-1\"], \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n"));
        add(out, "ftm: number where a date is expected", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"], \"birthDate\": 19700101}}\n"));
        add(out, "ftm: map where a name is expected", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"properties\": {\"name\": [{\"en\": \"X\"}]}}\n"));
        add(out, "ftm: invalid UTF-8", Via.IMPORT_FTM, ftm, () -> withBadUtf8(PERSON + PERSON.replace("p-9", "p-10"), "Dara\"]}}\n{"));
        add(out, "ftm: a line over 10 MB", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"" + "x".repeat(TEN_MB) + "\"]}}\n"));
        add(out, "ftm: a 9 MB id", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"" + "x".repeat(9 * 1024 * 1024) + "\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\"]}}\n"));
        add(out, "ftm: a 9 MB schema", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"" + "x".repeat(9 * 1024 * 1024) + "\", \"properties\": {\"name\": [\"X\"]}}\n"));
        add(out, "ftm: a 9 MB field name", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"" + "x".repeat(9 * 1024 * 1024) + "\": 1}\n"));
        add(out, "ftm: 10,000 nested lists", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"properties\": {\"name\": " + "[".repeat(DEEP) + "]".repeat(DEEP) + "}}\n"));
        add(out, "ftm: 10,000 nested objects", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"caption\": " + "{\"a\": ".repeat(DEEP) + "1" + "}".repeat(DEEP) + "}\n"));
        add(out, "ftm: a NUL in a name", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\\u0000Y\"]}}\n"));
        add(out, "ftm: an unpaired surrogate in a name", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"X\\uD800Y\"]}}\n"));
        add(out, "ftm: a bidi isolate in a caption", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-1\", \"schema\": \"Person\", \"caption\": \"X\u2067Y\", \"properties\": {\"name\": [\"X\"]}}\n"));
        add(out, "ftm: duplicate id", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"p-9\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Sok Dara Co.\"]}}\n"));
        add(out, "ftm: unresolvable reference", Via.IMPORT_FTM, ftm,
                () -> bytes(PERSON + "{\"id\": \"dir-1\", \"schema\": \"Directorship\", \"properties\": {\"director\": [\"p-9\"], \"organization\": [\"no-such-company\"]}}\n"));
        return out.stream();
    }

    static void add(List<Arguments> out, String name, Via via, String file, Supplier<byte[]> content) {
        out.add(Arguments.of(Named.of(name, new Case(via, file, content))));
    }

    // ---- the check ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileFileIsRefusedCleanlyAndTheStoreIsUnchanged(Case c, @TempDir Path dir) throws IOException {
        Path store = dir.resolve("store");
        TestProject.copyTree(template, store);
        Path hostile;
        Run r;
        if (c.via() == Via.LOAD) {
            Path data = TestProject.fixtureData(dir, null);
            hostile = data.resolve(c.file());
            Files.createDirectories(hostile.getParent());
            Files.write(hostile, c.content().get());
            r = run("load", "--data", data.toString(), "--ontology", TestProject.ONTOLOGY.toString(),
                    "--store", store.toString(), "--config", TestProject.CONFIG.toString());
        } else {
            hostile = dir.resolve(c.file());
            Files.write(hostile, c.content().get());
            r = run("import-ftm", hostile.toString(), "--dataset", "fuzz", "--data", TestProject.DATA.toString(),
                    "--ontology", TestProject.ONTOLOGY.toString(), "--store", store.toString(), "--config", TestProject.CONFIG.toString());
        }
        assertTrue(r.millis() < MAX_MILLIS, "refused in " + r.millis() + " ms; at most " + MAX_MILLIS + " allowed");
        String err = r.err();
        String shown = err.length() > 2000 ? err.substring(0, 2000) + "… (" + err.length() + " chars)" : err;
        assertNotEquals(0, r.exit(), "exit code; stderr: " + shown);
        assertTrue(err.length() <= MAX_ERR_CHARS, "stderr is " + err.length() + " chars: " + shown);
        List<String> lines = err.lines().toList();
        assertTrue(lines.size() <= MAX_ERR_LINES, "stderr has " + lines.size() + " lines: " + shown);
        assertFalse(lines.isEmpty(), "an error is shown");
        String display = DisplayPath.of(hostile);
        Pattern located = Pattern.compile(Pattern.quote(display) + ":[1-9][0-9]*: .*");
        for (String l : lines) {
            assertFalse(l.startsWith("\tat ") || l.contains("Exception") || l.contains("java.") || l.contains("com.fasterxml")
                    || l.contains("org.yaml") || l.contains("org.apache"), "no stack trace or Java class in: " + l);
            if (isChrome(l, display)) continue;
            assertTrue(located.matcher(l).matches(), "each line names the file and line: " + l + "\n" + shown);
        }
        assertEquals(templateContent, content(store), "the store is exactly as it was");
    }

    /** The lines around the problems: the trailer, the import's announcement and its progress. */
    static boolean isChrome(String line, String display) {
        return line.matches("rejected: [0-9]+ problem\\(s\\); nothing was written")
                || line.equals("importing " + display + " as dataset fuzz …")
                || line.startsWith("… ");
    }

    // ---- helpers ----

    static Run run(String... args) { return TestCli.run(args); }

    static List<String> content(Path storeDir) { return TestStores.content(storeDir); }

    static String base(String file) {
        try {
            return Files.readString(BASE.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code times} copies of {@code s}, a hundred to an indented line: deep, but not one long line. */
    static String inLines(String s, int times) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < times; i += 100) b.append("    ").append(s.repeat(Math.min(100, times - i))).append('\n');
        return b.toString();
    }

    static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** The text with a malformed UTF-8 sequence (0xC3 0x28) put just after the first {@code after}. */
    static byte[] withBadUtf8(String text, String after) {
        int at = text.indexOf(after);
        if (at < 0) throw new IllegalArgumentException("'" + after + "' not in the text");
        byte[] head = bytes(text.substring(0, at + after.length()));
        byte[] tail = bytes(text.substring(at + after.length()));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head);
        b.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
        b.writeBytes(tail);
        return b.toByteArray();
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
