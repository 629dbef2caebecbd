package org.scamkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.ScamkgProcess;
import org.scamkg.TestCli;
import org.scamkg.TestProject;

/**
 * The README's flow: {@code serve} in its own process, then {@code query}, {@code search},
 * {@code export} and {@code stats} on the store it holds. They go through the server, and give
 * exactly what they give on the same store once the server has stopped.
 */
class RunningServerIT {
    @TempDir Path dir;

    @Test
    void commandsOnAServedStoreGoThroughTheServerWithTheSameAnswers() throws Exception {
        Path store = dir.resolve("store");
        String[] where = {"--store", store.toString(), "--config", TestProject.CONFIG.toString()};
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("query table", args("query", "raided-then-licensed"));
        commands.put("query csv", args("query", "post-holder-on-date", "--param", "post=post/minister-of-interior", "--param", "date=2023-06", "--format", "csv"));
        commands.put("query as-of", args("query", "who-said-what", "--param", "measure=people-trafficked", "--as-of", "2023-12", "--format", "json"));
        commands.put("query file", args("query", TestProject.QUERIES.resolve("source-catalogue.rq").toString(), "--format", "tsv"));
        commands.put("bad parameter", args("query", "post-holder-on-date", "--param", "post=post/minister-of-interior", "--param", "date=June"));
        commands.put("query page", args("query", "source-catalogue", "--page-size", "2", "--format", "csv"));
        commands.put("query page 2", args("query", "source-catalogue", "--page-size", "2", "--cursor", org.scamkg.query.Cursor.encode(2,
                org.scamkg.query.Cursor.questionKey("source-catalogue", org.apache.jena.sparql.engine.binding.BindingFactory.empty(), java.util.Optional.empty()))));
        commands.put("search", args("search", "sokha"));
        commands.put("stats", args("stats"));

        Map<String, TestCli.Run> served = new LinkedHashMap<>();
        try (ScamkgProcess server = ScamkgProcess.start("serve", "--port", "0", "--store", store.toString(), "--config", TestProject.CONFIG.toString(),
                "--data", TestProject.DATA.toString(), "--ontology", TestProject.ONTOLOGY.toString(), "--queries", TestProject.QUERIES.toString())) {
            String base = server.await(Pattern.compile("scamkg ready: (http://\\S+)/ "), Duration.ofMinutes(3)).group(1);
            assertTrue(Files.readString(store.resolve(RunningServer.FILE)).contains(base.replace(":", "\\:")), "the server leaves its address in the store");
            for (var c : commands.entrySet()) served.put(c.getKey(), TestCli.run(with(c.getValue(), where)));
            served.put("export", TestCli.run(with(args("export", "--format", "nq", "--out", dir.resolve("served.nq").toString()), where)));
        }
        assertFalse(Files.exists(store.resolve(RunningServer.FILE)), "a stopped server takes its note away");

        for (var c : commands.entrySet()) {
            TestCli.Run direct = TestCli.run(with(c.getValue(), where));
            TestCli.Run viaServer = served.get(c.getKey());
            assertEquals(direct.exit(), viaServer.exit(), c.getKey() + ": " + viaServer.err());
            assertEquals(direct.out(), viaServer.out(), c.getKey());
            if (direct.exit() != 0 || c.getKey().startsWith("query page")) assertEquals(direct.err(), viaServer.err(), c.getKey() + ": the same message");
        }
        assertEquals(0, served.get("query table").exit());
        assertTrue(served.get("query table").out().contains("unnamed-firm-sihanoukville-compound"), served.get("query table").out());
        assertEquals(1, served.get("bad parameter").exit());
        assertTrue(served.get("query page 2").err().startsWith("rows 3–4 of "), served.get("query page 2").err());
        assertTrue(served.get("search").out().contains("person/sar-sokha"), served.get("search").out());

        TestCli.Run export = served.get("export");
        assertEquals(0, export.exit(), export.err());
        assertEquals(0, TestCli.run(with(args("export", "--format", "nq", "--out", dir.resolve("direct.nq").toString()), where)).exit());
        TreeSet<String> viaServer = new TreeSet<>(Files.readAllLines(dir.resolve("served.nq")));
        assertTrue(viaServer.size() > 1000, "the whole dataset: " + viaServer.size());
        assertEquals(new TreeSet<>(Files.readAllLines(dir.resolve("direct.nq"))), viaServer);
    }

    private static List<String> args(String... a) { return List.of(a); }

    private static String[] with(List<String> command, String[] where) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(where));
        return all.toArray(String[]::new);
    }
}
