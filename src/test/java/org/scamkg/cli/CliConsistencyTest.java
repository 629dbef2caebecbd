package org.scamkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.TestCli;
import org.scamkg.TestCli.Run;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The command line behaves alike in every subcommand: wrong usage exits 2 with picocli's message
 * and the usage, --version names the version and commit, and help reads whole (summaries that
 * end a sentence, URLs on one line). The subcommands come from the command model, so a new one
 * is checked without being listed here.
 */
class CliConsistencyTest {
    /**
     * GenerateCommand leaves the product jar (issue 13, item 4) and its help is rewritten there;
     * its summary ends in "accept:" today.
     */
    static final Set<String> SUMMARY_LEFT_TO_ITS_MOVE = Set.of(); // none left

    private static final Pattern URL = Pattern.compile("https?://[^\\s()%,;\"']+");

    static Stream<String> subcommands() {
        return ScamkgCommand.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help"));
    }

    static CommandSpec spec(String subcommand) {
        return ScamkgCommand.commandLine().getSubcommands().get(subcommand).getCommandSpec();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subcommands")
    void unknownOptionExits2WithPicocliMessageAndUsage(String command) {
        String[] args = {command, "--no-such-option"};
        Run r = TestCli.run(args);
        assertEquals(2, r.exit(), r.err());
        assertEquals(picocliMessage(args), r.err().lines().findFirst().orElse(""), r.err());
        assertTrue(r.err().contains("Usage: scamkg " + command + " "), r.err());
        assertFalse(r.err().contains("scamkg: "), "not our handler's message: " + r.err());
        assertEquals("", r.out());
    }

    /** What picocli itself says of these arguments. */
    private static String picocliMessage(String... args) {
        try {
            ScamkgCommand.commandLine().parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return e.getMessage();
        }
        throw new AssertionError("picocli accepts " + List.of(args));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "export --format xlsx --out x.xlsx => Invalid value for option '--format': expected one of [ttl, trig, nq, nt, jsonld, rdfxml, csv, gexf, graphml, ftm, context] (case-sensitive) but was 'xlsx'",
            "export --format csv --graph graph/registry --out x => --graph applies to the RDF formats only (ttl, trig, nq, nt, jsonld, rdfxml), not to --format csv",
            "export --format context --graph graph/registry --out x => --graph applies to the RDF formats only (ttl, trig, nq, nt, jsonld, rdfxml), not to --format context",
            "query raided-then-licensed --format xml => Invalid value for option '--format': expected one of [table, csv, tsv, json] (case-sensitive) but was 'xml'",
            "query raided-then-licensed --as-of soon => Invalid value for option '--as-of': 'soon' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD",
            "search --limit many sar => Invalid value for option '--limit': 'many' is not an int",
            "serve --port http => Invalid value for option '--port': 'http' is not an int",
            "query => Missing required parameter: 'NAME|FILE.rq'",
            "no-such-command => Unmatched argument at index 0: 'no-such-command'",
            "help no-such-command => Unknown subcommand 'no-such-command'."})
    void badOptionValueExits2WithPicocliMessage(String args, String message) {
        Run r = TestCli.run(args.split(" "));
        assertEquals(2, r.exit(), r.err());
        assertEquals(message, r.err().lines().findFirst().orElse(""), r.err());
        assertEquals("", r.out());
    }

    @Test
    void versionNamesTheProjectVersionAndTheCommit() throws Exception {
        String expected = "scamkg " + pomVersion() + " (commit " + commit();
        Run top = TestCli.run("--version");
        assertEquals(0, top.exit(), top.err());
        assertTrue(top.out().strip().startsWith(expected), top.out() + " does not start with " + expected);
        assertTrue(top.out().strip().matches("scamkg \\S+ \\(commit ([0-9a-f]{12}( with uncommitted changes)?|unknown)\\)"), top.out());
        subcommands().forEach(c -> assertEquals(top.out(), TestCli.run(c, "--version").out(), c + " --version"));
    }

    /** The project version, from the pom the build used. */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(java.nio.file.Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>scamkg</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "no project version in pom.xml");
        return m.group(1);
    }

    /** The commit checked out here, as git names it; "unknown" outside a git checkout. */
    private static String commit() throws Exception {
        if (!Files.exists(java.nio.file.Path.of(".git"))) return "unknown";
        Process p = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return p.exitValue() == 0 ? out : "unknown";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subcommands")
    void summaryIsWholeSentencesAndShownWhole(String command) {
        String summary = summary(spec(command));
        if (!SUMMARY_LEFT_TO_ITS_MOVE.contains(command))
            assertTrue(summary.matches("(?s).*[.?!]"), command + "'s summary is cut mid-sentence: " + summary);
        String help = TestCli.run("--help").out();
        assertTrue(oneLine(help).contains(oneLine(command + " " + summary)), "scamkg --help shows a cut summary of " + command + ":\n" + help);
    }

    /** What the command list shows: the header, or else the first line of the description. */
    static String summary(CommandSpec spec) {
        String[] header = spec.usageMessage().header();
        String first = header.length > 0 ? header[0] : spec.usageMessage().description()[0];
        return first.split("%n")[0].strip();
    }

    private static String oneLine(String s) { return s.replaceAll("\\s+", " "); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subcommands")
    void descriptionParagraphsEndTheirSentences(String command) {
        if (SUMMARY_LEFT_TO_ITS_MOVE.contains(command)) return;
        List<String> cut = new ArrayList<>();
        for (String element : spec(command).usageMessage().description())
            for (String line : element.split("%n"))
                // a paragraph line stands alone; indented lines are lists and tables, which may run on
                if (!line.isBlank() && !line.startsWith(" ") && !line.strip().matches("(?s).*[.?!:]"))
                    cut.add(line);
        assertEquals(List.of(), cut, command + " --help breaks these lines mid-sentence");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subcommands")
    void urlsInHelpAreNeverBrokenAcrossLines(String command) {
        String help = TestCli.run(command, "--help").out();
        List<String> urls = urls(spec(command));
        List<String> broken = urls.stream().filter(u -> help.lines().noneMatch(l -> l.contains(u))).toList();
        assertEquals(List.of(), broken, command + " --help breaks these URLs:\n" + help);
        assertTrue(help.lines().noneMatch(l -> l.matches(".*https?:/{0,2}")), command + " --help ends a line inside a URL:\n" + help);
    }

    @Test
    void urlsInTheCommandListAreNeverBrokenAcrossLines() {
        String help = TestCli.run("--help").out();
        List<String> urls = subcommands().flatMap(c -> urlsIn(summary(spec(c)))).toList();
        assertEquals(List.of(), urls.stream().filter(u -> help.lines().noneMatch(l -> l.contains(u))).toList(), help);
        assertTrue(help.lines().noneMatch(l -> l.matches(".*https?:/{0,2}")), help);
    }

    /** Every URL the command's help shows: in its description and its options' descriptions and defaults. */
    static List<String> urls(CommandSpec spec) {
        List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
        for (ArgSpec a : spec.args()) {
            texts.addAll(List.of(a.description()));
            if (a.defaultValue() != null) texts.add(a.defaultValue());
        }
        return texts.stream().flatMap(CliConsistencyTest::urlsIn).distinct().toList();
    }

    static Stream<String> urlsIn(String text) {
        return URL.matcher(text.replace("%n", " ")).results().map(m -> m.group().replaceAll("[.:]+$", ""));
    }

    @Test
    void theUrlCheckFindsTheUrlsOfTheHelp() {
        // the check above passes vacuously if it finds no URL: these commands show some
        assertTrue(urls(spec("export")).contains("https://w3id.org/scamkg/graph/registry"), urls(spec("export")).toString());
        assertTrue(urls(spec("release")).contains("http://127.0.0.1:3030/kg/sparql"), urls(spec("release")).toString());
        assertTrue(urls(spec("load")).contains("http://host:7200/repositories/kg/rdf-graphs/service"), urls(spec("load")).toString());
    }
}
