package org.scamkg.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.load.DataLayout;
import org.scamkg.ftm.FtmLineParser;
import org.scamkg.load.LoadedData;
import org.scamkg.common.NameNormaliser;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.ftm.FtmImport;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;
import org.scamkg.load.CuratedValidation;

import picocli.CommandLine;

/**
 * The synthetic data generator: deterministic to the byte, accepted whole by the normal loader
 * and store, growing by exactly the same number of quads per unit, with answers for the canned
 * queries and a FollowTheMoney file the importer takes.
 */
class GeneratorTest {
    static final Path HONORIFICS = TestProject.DATA.resolve("names/honorifics.csv");

    static Path generate(Path dir, int scale, long seed) {
        SyntheticDataGenerator.generate(dir, scale, seed, HONORIFICS, new PrintWriter(Writer.nullWriter()));
        return dir;
    }

    /** SHA-256 over every file of the tree: its relative path and its bytes, in path order. */
    static String treeHash(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long quads(LoadedData data) {
        long[] n = {0};
        data.dataset().find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    static long loadedQuads(Path data) {
        return quads(CuratedValidation.run(new DataLayout(data, TestProject.ONTOLOGY)));
    }

    @Test
    void sameScaleAndSeedGiveIdenticalBytesAndAnotherSeedDiffers(@TempDir Path dir) {
        String first = treeHash(generate(dir.resolve("a"), 3, 7));
        String again = treeHash(generate(dir.resolve("b"), 3, 7));
        String otherSeed = treeHash(generate(dir.resolve("c"), 3, 8));
        assertEquals(first, again, "same --scale and --seed");
        assertNotEquals(first, otherSeed, "another seed");
    }

    @Test
    void writesTheLayoutOfDataWithTheFtmFileApart(@TempDir Path dir) throws IOException {
        Path data = generate(dir.resolve("data"), 2, 1);
        for (String f : List.of("registry/persons.csv", "registry/organisations.csv", "registry/places.csv", "registry/posts.csv",
                "registry/sites.csv", "names/honorifics.csv", SyntheticDataGenerator.FTM_FILE))
            assertTrue(Files.isRegularFile(data.resolve(f)), f);
        assertEquals(Files.readString(HONORIFICS), Files.readString(data.resolve("names/honorifics.csv")), "the project's honorifics, copied");
        try (Stream<Path> s = Files.list(data.resolve("sources"))) {
            List<String> sources = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(3, sources.size(), "the directory and one article per unit: " + sources);
            for (String yml : sources)
                assertTrue(Files.isRegularFile(data.resolve("texts").resolve(yml.replace(".yml", ".txt"))), "text of " + yml);
        }
    }

    @Test
    void smallScalePassesTheLoaderAndTheStoreAndAnswersTheCannedQueries(@TempDir Path dir) {
        Path data = generate(dir.resolve("data"), 3, 1);
        DataLayout layout = new DataLayout(data, TestProject.ONTOLOGY);
        LoadedData validated = CuratedValidation.run(layout); // the ftm/ directory beside the records is ignored
        assertEquals(2 + 4, validated.graphs().size(), "ontology, registry, directory and three articles: " + validated.graphs());
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            StoreLoader.Result loaded = StoreLoader.load(store, layout);
            assertEquals(quads(validated), loaded.quads());

            QueryCatalog catalog = QueryCatalog.load(TestProject.QUERIES);
            QueryRunner runner = new QueryRunner(store.dataset(), 60_000);
            Set<String> firms = new HashSet<>();
            runner.select(catalog.get("raided-then-licensed").orElseThrow(), Map.of())
                    .forEachRemaining(b -> firms.add(b.get("firm").getURI()));
            for (int unit = 1; unit <= 3; unit++) {
                String raided = "https://w3id.org/scamkg/id/" + UnitIdentity.of(1, unit).firmRef(UnitIdentity.RAIDED_FIRM);
                assertTrue(firms.contains(raided), "unit " + unit + "'s raided firm was licensed days later: " + firms);
            }
            assertTrue(rows(runner, catalog, "post-holder-on-date", Map.of("post", "post/synthetic-minister-of-interior", "date", "2023-06")) > 0);
            assertTrue(rows(runner, catalog, "entity-timeline", Map.of("entity", UnitIdentity.of(1, 2).firmRef(UnitIdentity.RAIDED_FIRM))) >= 2);
            for (String q : List.of("totals-by-agency", "totals-by-place", "totals-by-year", "contested-figures", "who-said-what"))
                assertTrue(rows(runner, catalog, q, Map.of()) > 0, q);
            for (String gate : List.of("quality-entity-without-source", "quality-fact-without-quote", "quality-unresolved-reference"))
                assertEquals(0, rows(runner, catalog, gate, Map.of()), gate);

            FtmImport.Result imported = FtmImport.run(store, data.resolve(SyntheticDataGenerator.FTM_FILE), "synthetic",
                    NameNormaliser.of(data), new PrintWriter(Writer.nullWriter()));
            assertEquals(3L * UnitFtmEntities.LINES_PER_UNIT, imported.entities());
            // per unit: the raided firm (by its registered name), the casino operator, the director, the owner
            assertEquals(3 * 4, rows(runner, catalog, "candidate-links", Map.of("dataset", "synthetic")));
        }
    }

    static int rows(QueryRunner runner, QueryCatalog catalog, String query, Map<String, String> params) {
        RowSetRewindable rs = runner.select(catalog.get(query).orElseThrow(), params);
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    @Test
    void everyUnitAddsExactlyTheSameNumberOfQuads(@TempDir Path dir) {
        long one = loadedQuads(generate(dir.resolve("1"), 1, 3));
        long two = loadedQuads(generate(dir.resolve("2"), 2, 3));
        long four = loadedQuads(generate(dir.resolve("4"), 4, 3));
        long perUnit = two - one;
        assertEquals(2 * perUnit, four - two, "quads(4) - quads(2) = 2 (quads(2) - quads(1))");
        // about 1,000: each dated event also has its source's attestation with the date (some 7 quads), hence up to 1,100
        assertTrue(perUnit >= 950 && perUnit <= 1100, "about 1,000 quads per unit: " + perUnit);
        // and the same for another seed: the mix is fixed, only names, dates and figures vary
        assertEquals(two, loadedQuads(generate(dir.resolve("2b"), 2, 99)));
    }

    @Test
    void ftmLinesAreValidAndNamedLikeOurEntities(@TempDir Path dir) throws Exception {
        Path data = generate(dir.resolve("data"), 2, 5);
        List<String> lines = Files.readAllLines(data.resolve(SyntheticDataGenerator.FTM_FILE));
        assertEquals(2 * UnitFtmEntities.LINES_PER_UNIT, lines.size());
        FtmLineParser parser = new FtmLineParser();
        Map<String, Integer> schemata = new TreeMap<>();
        for (String line : lines) schemata.merge(parser.parse(line).schema(), 1, Integer::sum);
        assertEquals(Map.of("Company", 6, "Person", 6, "Directorship", 4, "Ownership", 4, "Sanction", 2), schemata);
        String persons = Files.readString(data.resolve("registry/persons.csv"));
        UnitIdentity unit = UnitIdentity.of(5, 2);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"" + unit.director().full() + "\"")), "the director by our name");
        assertTrue(persons.contains(unit.director().full()));
    }

    @Test
    void dataIsPlainlySynthetic(@TempDir Path dir) throws IOException {
        Path data = generate(dir.resolve("data"), 3, 11);
        Pattern title = Pattern.compile("(?m)^  title: \"(.*)\"$");
        Pattern publisher = Pattern.compile("(?m)^  publisher: (.*)$");
        try (Stream<Path> s = Files.list(data.resolve("sources"))) {
            for (Path yml : s.toList()) {
                String text = Files.readString(yml);
                Matcher t = title.matcher(text);
                Matcher p = publisher.matcher(text);
                assertTrue(t.find() && t.group(1).contains("Synthetic"), yml + " title");
                assertTrue(p.find() && p.group(1).equals(SyntheticWorld.NEWS_AGENCY), yml + " publisher");
            }
        }
        // every person's name carries its generator tag: the unit (-17) or the shared pool (-S4)
        List<String> rows = Files.readAllLines(data.resolve("registry/persons.csv"));
        for (String row : rows.subList(1, rows.size()))
            assertTrue(row.split(",")[1].matches("[A-Z][a-z]+ [A-Z][a-z]+-S?\\d+"), row);
    }

    @Test
    void aFewFirmsGetManyLicencesAndMostOne(@TempDir Path dir) throws IOException {
        Path data = generate(dir.resolve("data"), 40, 2);
        Map<String, Integer> licences = new TreeMap<>();
        Pattern licensee = Pattern.compile("(?m)^    licensee: (org/\\S+)$");
        try (Stream<Path> s = Files.list(data.resolve("sources"))) {
            for (Path yml : s.toList()) {
                Matcher m = licensee.matcher(Files.readString(yml));
                while (m.find()) licences.merge(m.group(1), 1, Integer::sum);
            }
        }
        List<Integer> counts = new ArrayList<>(licences.values());
        counts.sort(null);
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        assertEquals(40 * (1 + UnitArticle.FURTHER_LICENCES), total);
        assertTrue(counts.get(counts.size() - 1) >= 20, "the most licensed firm: " + counts);
        assertTrue(counts.get(counts.size() / 2) <= 2, "the median licensed firm: " + counts);
    }

    @Test
    void refusesADirectoryThatIsNotEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "a file of someone else's");
        assertThrows(IllegalArgumentException.class, () -> generate(dir, 1, 1));
        assertEquals(List.of(dir.resolve("keep.txt")), Files.list(dir).toList(), "nothing written");
    }

    @Test
    void commandLineDocumentsItselfAndRefusesBadUse(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new GenerateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("--help"));
        assertTrue(out.toString().contains("Usage: generate") && out.toString().contains("ftm/synthetic.jsonl"), out.toString());
        Files.writeString(dir.resolve("x"), "");
        assertEquals(2, cl.execute("--scale", "1", "--out", dir.toString()), "a non-empty --out is wrong usage");
        assertEquals(2, cl.execute("--scale", "0", "--out", dir.resolve("new").toString()));
        assertTrue(Files.notExists(dir.resolve("new")));
    }
}
