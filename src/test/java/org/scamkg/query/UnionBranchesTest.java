package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.store.KgEngine;

class UnionBranchesTest {
    static final QueryCatalog CATALOG = QueryCatalog.load(TestProject.QUERIES);

    private static Query bound(String name, Map<String, String> params) {
        CannedQuery q = CATALOG.get(name).orElseThrow();
        return ParameterSubstitution.apply(q.query(), ParameterBinder.bind(q, params));
    }

    @Test
    void linksBetweenSendsOnlyTheBranchesItsHopLimitLetsThrough() {
        for (int hops = 1; hops <= 5; hops++) {
            Optional<UnionBranches> split = UnionBranches.of(bound("links-between", Map.of("from", "org/a", "to", "org/b", "max_hops", "" + hops)));
            assertTrue(split.isPresent(), "links-between is split");
            assertEquals(hops, split.get().branches().size(), "branches sent for max_hops=" + hops);
        }
    }

    @Test
    void aQuestionWhoseGroupsCanSpanTwoBranchesGoesWhole() {
        // entity-profile's first two branches both bind ?direction to "out": one group can take rows from both
        assertEquals(Optional.empty(), UnionBranches.of(bound("entity-profile", Map.of("entity", "person/sar-sokha"))));
        assertEquals(Optional.empty(), UnionBranches.of(QueryFactory.create(
                "SELECT ?k ?x (COUNT(*) AS ?n) { { ?x ?p ?o BIND(1 AS ?k) } UNION { ?o ?p ?x BIND(1 AS ?k) } } GROUP BY ?k ?x")));
        // a sort key that is not a column: the merged rows could not be sorted again
        assertEquals(Optional.empty(), UnionBranches.of(QueryFactory.create(
                "SELECT ?k (COUNT(*) AS ?n) { { ?x ?p ?o BIND(1 AS ?k) } UNION { ?o ?p ?x BIND(2 AS ?k) } } GROUP BY ?k ?x ORDER BY ?x")));
        // no grouping: rows of two branches could be one row under DISTINCT, and nothing says they cannot
        assertEquals(Optional.empty(), UnionBranches.of(QueryFactory.create(
                "SELECT DISTINCT ?x { { ?x ?p ?o BIND(1 AS ?k) } UNION { ?o ?p ?x BIND(2 AS ?k) } }")));
    }

    static final String DATA = """
            <http://x/a> <http://x/p> <http://x/b> , <http://x/c> .
            <http://x/b> <http://x/p> <http://x/c> .
            <http://x/d> <http://x/q> <http://x/a> , <http://x/b> .
            """;
    /** Both directions of each statement, grouped by direction and node, sorted by node then direction. */
    static final String QUESTION = """
            SELECT ?dir ?x (COUNT(*) AS ?n) WHERE {
              { ?x ?p ?o BIND("out" AS ?dir) } UNION { ?o ?p ?x BIND("in" AS ?dir) } UNION { ?x ?p ?o FILTER(1 > 2) BIND("never" AS ?dir) }
              FILTER(?p != <http://x/none>)
            } GROUP BY ?dir ?x ORDER BY ?x ?dir %s""";

    @Test
    void branchByBranchGivesTheWholeQuestionsRowsInItsOrderWithItsOffsetAndLimit() {
        DatasetGraph dsg = DatasetFactory.createTxnMem().asDatasetGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(dsg);
        KgEngine engine = KgEngine.of(DatasetFactory.wrap(dsg));
        for (String cut : List.of("", "LIMIT 3", "OFFSET 2", "LIMIT 2 OFFSET 3", "LIMIT 10 OFFSET 6")) {
            Query q = QueryFactory.create(QUESTION.formatted(cut));
            UnionBranches split = UnionBranches.of(q).orElseThrow();
            assertEquals(2, split.branches().size(), "the branch a false constant filter rules out is not sent");
            assertEquals(rows(engine.select(q, Optional.empty(), 0)), rows(split.select((b, left) -> engine.select(b, Optional.empty(), left), 0)), cut);
        }
    }

    @Test
    void theTimeLimitCoversAllTheBranches() {
        UnionBranches split = UnionBranches.of(QueryFactory.create(QUESTION.formatted(""))).orElseThrow();
        List<Long> limits = new ArrayList<>();
        long[] clock = {0};
        assertThrows(QueryCancelledException.class, () -> split.select((b, left) -> {
            limits.add(left);
            clock[0] += 200_000_000L; // the first branch uses more than the whole limit
            return RowSetStream.create(List.of(), Collections.emptyIterator()).rewindable();
        }, 100, () -> clock[0]));
        assertEquals(1, limits.size(), "the second branch is not sent once the limit is used: " + limits);
        assertTrue(limits.get(0) > 0 && limits.get(0) <= 100, "the first branch gets what is left of the limit: " + limits);
    }

    private static List<String> rows(RowSetRewindable rs) {
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> out.add(b.toString()));
        return out;
    }
}
