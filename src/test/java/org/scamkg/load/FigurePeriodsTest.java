package org.scamkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;

/**
 * Periods are kept: every figure of the curated data carries the period its sentence or context
 * states (skg:periodDescription, with skg:periodStart/End when dates are known), or is listed in
 * {@code src/test/resources/coverage/figures-without-period.tsv} with the reason it has none (a
 * state at the time it was stated, a dated event, a text that states none). A new figure without
 * a period fails here until a curator gives it one or says why not. Likewise for the place a
 * figure covers (skg:scope) and {@code figures-without-scope.tsv}.
 */
class FigurePeriodsTest {
    static final Path LIST = TestProject.TEST_RESOURCES.resolve("coverage/figures-without-period.tsv");
    static final Path SCOPES = TestProject.TEST_RESOURCES.resolve("coverage/figures-without-scope.tsv");

    @Test
    void everyFigureHasItsPeriodOrIsListedWithTheReason() throws IOException {
        check("skg:periodDescription|skg:periodStart|skg:periodEnd", LIST);
    }

    @Test
    void everyFigureHasItsScopeOrIsListedWithTheReason() throws IOException {
        check("skg:scope", SCOPES);
    }

    private static void check(String properties, Path list) throws IOException {
        LoadedData d = CuratedValidation.run(TestProject.curated());
        String q = """
                PREFIX skg: <https://w3id.org/scamkg/ontology#>
                SELECT DISTINCT ?claim WHERE { GRAPH ?g {
                  ?claim skg:measure ?m .
                  FILTER NOT EXISTS { ?claim %s ?p }
                } }""".formatted(properties);
        TreeSet<String> without = new TreeSet<>();
        try (var qe = QueryExecutionFactory.create(q, DatasetFactory.wrap(d.dataset()))) {
            qe.execSelect().forEachRemaining(r -> without.add(r.getResource("claim").getURI().replace("https://w3id.org/scamkg/id/", "")));
        }
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(list)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            assertEquals(2, cells.length, "claim<TAB>reason: " + line);
            assertFalse(cells[1].isBlank(), "a reason for " + cells[0]);
            listed.put(cells[0], cells[1]);
        }
        assertEquals(String.join("\n", without), String.join("\n", listed.keySet()),
                "figures without " + properties + " (left) and those listed with a reason in " + list.getFileName() + " (right)");
    }
}
