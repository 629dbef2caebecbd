package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;

/**
 * Two rules of the canned queries over made-up graphs ({@code src/test/resources/paired/}):
 * a date-window query pairs each date with its own day range (raided-then-licensed, through the
 * raid-to-grant links the load derives, computed here as the load would), and
 * post-holder-on-date drops a holder superseded in a post one person holds at a time, but not
 * in a post several hold at once.
 */
class PairedDatesAndHoldersTest {
    static final QueryCatalog CATALOG = QueryCatalog.load(TestProject.QUERIES);

    private static List<String> rows(String file, String query, Map<String, String> params, String... columns) {
        Dataset ds = DatasetFactory.createTxnMem();
        ds.executeWrite(() -> {
            RDFDataMgr.read(ds.getDefaultModel(), TestProject.TEST_RESOURCES.resolve("paired/" + file).toString());
            // what the load would derive from it (the raid-to-grant links), beside it in the graph the
            // query reads, as the store's union graph holds the derived graph beside the sources'
            org.apache.jena.sparql.core.DatasetGraph asLoaded = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
            asLoaded.addGraph(org.apache.jena.graph.NodeFactory.createURI("urn:paired"), ds.getDefaultModel().getGraph());
            org.scamkg.store.DerivedGraph.compute(asLoaded).find().forEachRemaining(ds.getDefaultModel().getGraph()::add);
        });
        var rs = new QueryRunner(ds, 60_000).select(CATALOG.get(query).orElseThrow(), params);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                var n = b.get(c);
                cells.add(n == null ? "" : n.isURI() ? n.getURI().replace("https://w3id.org/scamkg/id/", "") : n.getLiteralLexicalForm());
            }
            out.add(String.join(" ", cells));
        });
        return out;
    }

    @Test
    void aDateWindowPairsEachSourcesDateWithItsOwnDayRange() {
        // s1's 1 August puts the grant 45 days later; s2's October puts it before the raid: no row.
        // Unpaired, s1's first day and s2's last would make a window of 0 to 45 days for October.
        assertEquals(List.of("2022-08-01 2022-09-15 45 45"),
                rows("two-dates-one-raid.ttl", "raided-then-licensed", Map.of("max_days", "60"),
                        "raidDate", "licenceDate", "minDaysBetween", "maxDaysBetween"));
        assertEquals(List.of(), rows("two-dates-one-raid.ttl", "raided-then-licensed", Map.of("max_days", "30"), "raidDate"));
    }

    @Test
    void aHolderSupersededInAPostOneHoldsAtATimeIsLeftOut() {
        assertEquals(List.of("person-b attested on the date"),
                rows("shared-post.ttl", "post-holder-on-date", Map.of("post", "post/fixture-minister", "date", "2021-06-01"),
                        "holder", "basis"));
    }

    @Test
    void aPostSeveralHoldAtOnceKeepsEveryHolder() {
        assertEquals(List.of("person-b attested on the date", "person-a last attested before the date"),
                rows("shared-post.ttl", "post-holder-on-date", Map.of("post", "post/fixture-vice-president", "date", "2021-06-01"),
                        "holder", "basis"));
    }
}
