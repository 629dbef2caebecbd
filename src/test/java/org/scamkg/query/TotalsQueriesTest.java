package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;

/**
 * The three totals queries are one query with a grouping: their files differ only in the lines
 * that end with the marker {@code # group}, and those are the lines that name the grouping
 * column. What each answers is checked by its golden cases (QueryCasesTest).
 */
class TotalsQueriesTest {
    static final List<String> GROUPINGS = List.of("year", "place", "agency");
    static final String MARKER = "# group";

    private static List<String> lines(String grouping) throws IOException {
        return Files.readAllLines(TestProject.QUERIES.resolve("totals-by-" + grouping + ".rq"));
    }

    private static boolean marked(String line) { return line.endsWith(MARKER); }

    @Test
    void theTotalsQueriesDifferOnlyInTheirMarkedLines() throws IOException {
        List<String> first = lines(GROUPINGS.get(0)).stream().filter(l -> !marked(l)).toList();
        for (String g : GROUPINGS.subList(1, GROUPINGS.size()))
            assertEquals(first, lines(g).stream().filter(l -> !marked(l)).toList(),
                    "totals-by-" + g + ".rq differs from totals-by-" + GROUPINGS.get(0) + ".rq in a line not marked '" + MARKER + "'");
    }

    @Test
    void theGroupingIsNamedOnlyInMarkedLines() throws IOException {
        for (String g : GROUPINGS) {
            List<String> lines = lines(g);
            for (String line : lines)
                if (line.matches(".*(\\?" + g + "\\b|^#\\+ +" + g + ":|totalled by " + g + "\\b|query totals-by-" + g + "\\b).*"))
                    assertTrue(marked(line), "totals-by-" + g + ".rq names its grouping in an unmarked line: " + line);
            assertTrue(lines.stream().filter(TotalsQueriesTest::marked).anyMatch(l -> l.startsWith("GROUP BY ?measure ?" + g)), g);
        }
    }

    @Test
    void theMarkerIsAYamlCommentNotPartOfTheHeader() {
        QueryCatalog catalog = QueryCatalog.load(TestProject.QUERIES);
        for (String g : GROUPINGS) {
            CannedQuery q = catalog.get("totals-by-" + g).orElseThrow();
            assertEquals("People rescued, arrested and repatriated, totalled by " + g + ", with the sources behind each number", q.header().summary());
            assertTrue(q.header().columns().containsKey(g), q.header().columns().toString());
            assertFalse(q.header().columns().get(g).contains("#"), q.header().columns().get(g));
            assertFalse(q.header().example().orElseThrow().contains("#"), q.header().example().orElseThrow());
        }
    }
}
