package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.common.DateValue;
import org.scamkg.store.KgStore;

/**
 * Paging a canned question: the pages, read one after another with their cursors, hold exactly the
 * rows of the whole answer, each once, and each page says the same total; a cursor of another
 * question is refused; page sizes are bounded. Run over the golden cases' parameters (curated data
 * in a real TDB2 store) with small pages, so that every answer of more than a few rows is split.
 */
class PagingTest {
    @TempDir static Path dir;
    static KgStore store;
    static QueryCatalog catalog;
    static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = CuratedStore.open(dir);
        catalog = QueryCatalog.load(org.scamkg.TestProject.QUERIES);
        runner = new QueryRunner(store.dataset(), 60_000);
    }

    @AfterAll
    static void close() { store.close(); }

    /** The golden cases that run on the curated data alone (those with FollowTheMoney imports have their own stores). */
    static Stream<String> cases() throws IOException {
        return QueryCasesTest.cases().filter(c -> !Files.isDirectory(QueryCasesTest.CASES.resolve(c).resolve("ftm")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pagesTogetherAreTheWholeAnswer(String queryAndCase) throws IOException {
        CannedQuery q = catalog.get(queryAndCase.substring(0, queryAndCase.indexOf('/'))).orElseThrow();
        Map<String, String> params = QueryCasesTest.params(QueryCasesTest.CASES.resolve(queryAndCase));
        Optional<DateValue> asOf = AsOfOption.parse(params.remove("as_of"));
        List<String> whole = rows(runner.select(q, params, asOf));
        for (int size : new int[] {1, 3, 7}) {
            List<String> concatenated = new ArrayList<>();
            Optional<String> cursor = Optional.empty();
            int pages = 0;
            long expectedOffset = 0;
            do {
                Page p = runner.page(q, params, asOf, new PageRequest(size, cursor));
                assertEquals(whole.size(), p.total(), "total of " + queryAndCase + " on page " + pages);
                assertEquals(expectedOffset, p.offset());
                assertTrue(p.rowCount() <= size);
                assertEquals(pages > 0, p.hasPrevious());
                concatenated.addAll(rows(p.rows()));
                expectedOffset += p.rowCount();
                cursor = p.next();
                assertTrue(++pages <= whole.size() + 1, "paging does not end");
            } while (cursor.isPresent());
            assertEquals(sorted(whole), sorted(concatenated), queryAndCase + " in pages of " + size);
            assertEquals(whole.isEmpty() ? 1 : (whole.size() + size - 1) / size, pages, "pages of " + size);
        }
    }

    @Test
    void theWholeAnswerIsOnePage() {
        CannedQuery q = catalog.get("source-catalogue").orElseThrow();
        Page p = runner.page(q, Map.of(), Optional.empty(), PageRequest.whole());
        assertEquals(rows(runner.select(q, Map.of())).size(), p.total());
        assertEquals(p.total(), p.rowCount());
        assertTrue(p.next().isEmpty());
    }

    @Test
    void theFirstPageOfALongAnswerCountsTheRest() {
        CannedQuery q = catalog.get("source-catalogue").orElseThrow();
        int all = rows(runner.select(q, Map.of())).size();
        assertTrue(all > 4, "the curated sources: " + all);
        Page first = runner.page(q, Map.of(), Optional.empty(), new PageRequest(2, Optional.empty()));
        assertEquals(all, first.total());
        assertEquals(2, first.rowCount());
        assertEquals(1, first.firstRow());
        assertEquals(2, first.lastRow());
        Page second = runner.page(q, Map.of(), Optional.empty(), new PageRequest(2, first.next()));
        assertEquals(3, second.firstRow());
        Page back = runner.page(q, Map.of(), Optional.empty(), new PageRequest(2, second.previous()));
        assertEquals(rows(first.rows()), rows(back.rows()));
    }

    @Test
    void aCursorPastTheEndGivesAnEmptyPageWithTheTotal() {
        CannedQuery q = catalog.get("source-catalogue").orElseThrow();
        int all = rows(runner.select(q, Map.of())).size();
        String key = Cursor.questionKey(q.name(), ParameterBinder.bind(q, Map.of()), Optional.empty());
        Page p = runner.page(q, Map.of(), Optional.empty(), new PageRequest(5, Optional.of(Cursor.encode(all + 10, key))));
        assertEquals(0, p.rowCount());
        assertEquals(all, p.total());
        assertTrue(p.next().isEmpty());
    }

    @Test
    void aCursorOfAnotherQuestionOrOtherParametersIsRefused() {
        CannedQuery catalogue = catalog.get("source-catalogue").orElseThrow();
        CannedQuery profile = catalog.get("entity-profile").orElseThrow();
        String fromCatalogue = runner.page(catalogue, Map.of(), Optional.empty(), new PageRequest(1, Optional.empty())).next().orElseThrow();
        ParameterException other = assertThrows(ParameterException.class, () -> runner.page(profile,
                Map.of("entity", "person/hun-manet"), Optional.empty(), new PageRequest(1, Optional.of(fromCatalogue))));
        assertTrue(other.getMessage().startsWith("cursor: "), other.getMessage());
        assertTrue(other.getMessage().contains("another question or to other parameters"), other.getMessage());
        // the same question as of a date is another answer
        assertThrows(ParameterException.class, () -> runner.page(catalogue, Map.of(), AsOfOption.parse("2024"),
                new PageRequest(1, Optional.of(fromCatalogue))));
        ParameterException garbage = assertThrows(ParameterException.class, () -> runner.page(catalogue, Map.of(), Optional.empty(),
                new PageRequest(1, Optional.of("not-a-cursor!"))));
        assertTrue(garbage.getMessage().contains("is not a cursor"), garbage.getMessage());
    }

    @Test
    void pageSizesAreBounded() {
        assertThrows(ParameterException.class, () -> PageRequest.parse("0", null, 100));
        assertThrows(ParameterException.class, () -> PageRequest.parse(String.valueOf(PageRequest.MAX_SIZE + 1), null, 100));
        assertThrows(ParameterException.class, () -> PageRequest.parse("ten", null, 100));
        assertThrows(ParameterException.class, () -> PageRequest.parse("all", "abc", 100));
        assertEquals(PageRequest.MAX_SIZE, PageRequest.parse(String.valueOf(PageRequest.MAX_SIZE), null, 100).size());
        assertEquals(100, PageRequest.parse(null, null, 100).size());
        assertTrue(PageRequest.parse(null, null, 0).isWhole());
        assertTrue(PageRequest.parse("all", null, 100).isWhole());
        assertEquals(PageRequest.DEFAULT_SIZE, PageRequest.parse(null, "abc", 0).size(), "a cursor alone reads a page");
    }

    @Test
    void everyQuestionsPagesAreCutFromATotalOrder() {
        // After the tie-breaks, sorting again adds nothing: the order is total.
        for (CannedQuery q : catalog.all())
            if (q.query().isSelectType()) assertTrue(PagedQuery.orderIsTotal(PagedQuery.ordered(q.query())), q.name());
        // and the ordered question is still SPARQL 1.1, for an engine that is sent its text
        for (CannedQuery q : catalog.all())
            org.apache.jena.query.QueryFactory.create(PagedQuery.ordered(q.query()).serialize(), org.apache.jena.query.Syntax.syntaxSPARQL_11);
    }

    private static List<String> rows(RowSetRewindable rs) {
        rs.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsTSV(out, ResultSet.adapt(rs));
        rs.reset();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.subList(1, lines.size()).stream().map(QueryCasesTest::normalise).toList();
    }

    private static List<String> sorted(List<String> rows) { return rows.stream().sorted().toList(); }
}
