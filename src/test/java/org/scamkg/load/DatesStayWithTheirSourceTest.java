package org.scamkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.common.DateValue;
import org.scamkg.vocab.PROV;
import org.scamkg.vocab.SKG;

/**
 * A date and its day range stay with the source that gives it, in the union graph (the SPARQL
 * endpoint's default graph, and every export that drops the graphs): no node carries two dates,
 * or two first or last days, so nothing can pair one source's first day with another's last.
 * Two sources that date one event differently give two attestations of it, each with its date,
 * day range and source.
 */
class DatesStayWithTheirSourceTest {
    static Graph union;

    @BeforeAll
    static void load() { union = CuratedValidation.run(TestProject.curated()).dataset().getUnionGraph(); }

    @Test
    void noNodeCarriesTwoDatesOrDayRangesInTheUnionGraph() {
        Map<String, List<String>> twice = new TreeMap<>();
        for (var p : List.of(SKG.date, SKG.statedOn, SKG.attestedOn, SKG.firstDay, SKG.lastDay, SKG.periodStart, SKG.periodEnd,
                SKG.periodFirstDay, SKG.periodLastDay, SKG.startDate, SKG.endDate)) {
            Map<Node, List<String>> values = new java.util.HashMap<>();
            union.find(Node.ANY, p.asNode(), Node.ANY).forEachRemaining(t ->
                    values.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject().getLiteralLexicalForm()));
            values.forEach((s, v) -> { if (v.size() > 1) twice.put(s + " " + p.getLocalName(), v); });
        }
        assertEquals(Map.of(), twice);
    }

    @Test
    void anEventTwoSourcesDateDifferentlyHasOneDatedAttestationPerSource() {
        Node event = NodeFactory.createURI("https://w3id.org/scamkg/id/event/2023-ohchr-online-scam-report");
        Map<String, String> bySource = new TreeMap<>();
        for (Triple t : union.find(Node.ANY, SKG.attests.asNode(), event).toList()) {
            Node a = t.getSubject();
            String date = one(a, SKG.date.asNode());
            DateValue d = DateValue.parse(date).orElseThrow();
            assertEquals(String.valueOf(d.firstDay()), one(a, SKG.firstDay.asNode()), date);
            assertEquals(String.valueOf(d.lastDay()), one(a, SKG.lastDay.asNode()), date);
            bySource.put(union.find(a, PROV.wasDerivedFrom.asNode(), Node.ANY).next().getObject().getURI()
                    .replace("https://w3id.org/scamkg/id/source/", ""), date);
        }
        assertEquals(Map.of("2023-12-minister-259-forced-labour-cases", "2023-08",
                "cpp-45th-meeting-task-force-on-online-scams", "2023-09"), bySource);
        assertEquals(List.of(), union.find(event, SKG.date.asNode(), Node.ANY).toList(), "the event itself carries no date");
    }

    private static String one(Node s, Node p) {
        List<Triple> ts = union.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p);
        return ts.get(0).getObject().getLiteralLexicalForm();
    }
}
