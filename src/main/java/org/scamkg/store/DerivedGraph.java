package org.scamkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.PROV;
import org.scamkg.vocab.SKG;

/**
 * The derived graph ({@code …/graph/derived}): answers to whole-graph questions computed from the
 * other graphs, so that the canned queries that ask them read a few triples instead of scanning
 * every claim. It holds no source's claim and no total: only which figures the totals may add
 * ({@code skg:derivedTotalsFigure}: the rule's choice of one figure per event, claimant and
 * source), which pairs of claims are comparable and differ ({@code skg:derivedDiffersFrom},
 * {@code skg:derivedNeighbourOf}), and which raided firms were granted a licence with the range of
 * days between the two datings ({@code skg:DerivedRaidGrantLink}); the graph says of itself that it
 * is an {@code skg:DerivedGraph}.
 * <p>
 * {@link #compute} takes any dataset of mapped data (the store inside its write transaction, or
 * the checked graphs of a load meant for another store); {@link #rebuild} replaces the graph in
 * the transaction of the change that made it stale (a load, an import), so it never disagrees
 * with the data it was computed from. Exports leave it out ({@link #without}).
 */
public final class DerivedGraph {
    public static final Node NAME = NodeFactory.createURI(Ids.DERIVED_GRAPH);
    /** The properties only the derived graph states. */
    public static final List<Node> PREDICATES = List.of(SKG.derivedTotalsFigure.asNode(), SKG.derivedDiffersFrom.asNode(),
            SKG.derivedNeighbourOf.asNode(), SKG.derivedRaid.asNode(), SKG.derivedRaidDating.asNode(), SKG.derivedFirm.asNode(),
            SKG.derivedLicence.asNode(), SKG.derivedGrant.asNode(), SKG.derivedGrantDating.asNode(), SKG.derivedMinDays.asNode(),
            SKG.derivedMaxDays.asNode());
    /** The columns of a raid-to-grant link (derived-raid-grant-links.rq), each with the property that states it. */
    private static final List<String> LINK_COLUMNS = List.of("raid", "raidDating", "firm", "licence", "grant", "grantDating", "minDays", "maxDays");
    private static final List<Node> LINK_PROPERTIES = List.of(SKG.derivedRaid.asNode(), SKG.derivedRaidDating.asNode(),
            SKG.derivedFirm.asNode(), SKG.derivedLicence.asNode(), SKG.derivedGrant.asNode(), SKG.derivedGrantDating.asNode(),
            SKG.derivedMinDays.asNode(), SKG.derivedMaxDays.asNode());
    /** The measures the totals queries add (queries/totals-by-*.rq). */
    static final List<Node> TOTALLED_MEASURES = List.of(
            NodeFactory.createURI(Ids.VOCAB + "measure/people-rescued"),
            NodeFactory.createURI(Ids.VOCAB + "measure/people-arrested"),
            NodeFactory.createURI(Ids.VOCAB + "measure/people-repatriated"));
    private static final String DESCRIPTION = "Computed at load from the other graphs, in the same transaction: which figures "
            + "the totals may add (one per event, claimant and source, never a part of another) and which claims differ "
            + "from each other, and which raided firms were granted a licence, with the range of days between the two "
            + "datings. No source states these; no total is stored.";

    private DerivedGraph() {}

    /** The derived graph of {@code data} (its union graph; an old derived graph in it is ignored). Call inside a transaction. */
    public static Graph compute(DatasetGraph data) {
        Graph union = data.getUnionGraph();
        Graph out = GraphFactory.createDefaultGraph();
        out.add(Triple.create(NAME, RDF.type.asNode(), SKG.DerivedGraph.asNode()));
        out.add(Triple.create(NAME, RDFS.comment.asNode(), NodeFactory.createLiteralLang(DESCRIPTION, "en")));
        totalsFigures(union, out);
        try (QueryExec qe = QueryExec.graph(union).query(resource("derived-comparable-claims.rq")).build()) {
            qe.construct().find().forEachRemaining(out::add);
        }
        raidGrantLinks(union, out);
        return out;
    }

    /** Replaces the derived graph of {@code dsg} by one computed from its other graphs; call inside its write transaction. */
    public static long rebuild(DatasetGraph dsg) {
        dsg.removeGraph(NAME);
        Graph g = compute(dsg);
        g.find().forEachRemaining(t -> dsg.add(NAME, t.getSubject(), t.getPredicate(), t.getObject()));
        return g.size();
    }

    /** True for the derived graph's name. */
    public static boolean isDerived(Node graph) { return NAME.equals(graph); }

    /** A view of {@code dsg} with every graph but the derived one (for exports: nothing in it is a source's claim). */
    public static DatasetGraph without(DatasetGraph dsg) {
        if (!dsg.containsGraph(NAME)) return dsg;
        DatasetGraph view = DatasetGraphFactory.createGeneral();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!isDerived(g)) view.addGraph(g, dsg.getGraph(g));
        });
        return view;
    }

    /**
     * The totals' rule, as the totals queries stated it per question: a claim on a totalled
     * measure, with a value, claimant and source, not a breakdown of another figure, and for each
     * event it is about, no other such claim about that event on the same measure from the same
     * claimant and source with a larger value (or an equal one and an identifier that sorts first).
     */
    private static void totalsFigures(Graph g, Graph out) {
        Node event = SKG.Event.asNode();
        for (Node measure : TOTALLED_MEASURES) {
            List<Candidate> candidates = new ArrayList<>();
            g.find(Node.ANY, SKG.measure.asNode(), measure).forEachRemaining(t -> {
                Node claim = t.getSubject();
                if (g.find(claim, SKG.breakdownOf.asNode(), Node.ANY).hasNext()) return;
                List<BigDecimal> values = objects(g, claim, SKG.value.asNode()).stream().map(DerivedGraph::number).filter(v -> v != null).toList();
                List<Node> claimants = objects(g, claim, SKG.claimant.asNode());
                List<Node> sources = objects(g, claim, PROV.wasDerivedFrom.asNode());
                if (values.isEmpty() || claimants.isEmpty() || sources.isEmpty()) return;
                List<Node> events = objects(g, claim, SKG.about.asNode()).stream()
                        .filter(e -> g.contains(e, RDF.type.asNode(), event)).toList();
                candidates.add(new Candidate(claim, values, claimants, sources, events));
            });
            // the best claim of each (event, claimant, source), by value then identifier
            Map<List<Node>, Candidate> best = new HashMap<>();
            Map<List<Node>, BigDecimal> bestValue = new HashMap<>();
            for (Candidate c : candidates)
                for (Node e : c.events) for (Node who : c.claimants) for (Node src : c.sources) {
                    List<Node> key = List.of(e, who, src);
                    BigDecimal v = c.values.stream().max(BigDecimal::compareTo).orElseThrow();
                    Candidate b = best.get(key);
                    int cmp = b == null ? 1 : v.compareTo(bestValue.get(key));
                    if (cmp > 0 || (cmp == 0 && c.claim.getURI().compareTo(b.claim.getURI()) < 0)) {
                        best.put(key, c);
                        bestValue.put(key, v);
                    }
                }
            Set<Node> added = new HashSet<>();
            for (Candidate c : candidates) {
                boolean beaten = false;
                // as the query read it: some (value, claimant, source) of the claim is beaten for some event
                for (Node e : c.events) for (Node who : c.claimants) for (Node src : c.sources) {
                    List<Node> key = List.of(e, who, src);
                    BigDecimal top = bestValue.get(key);
                    for (BigDecimal v : c.values) {
                        int cmp = top.compareTo(v);
                        if (cmp > 0 || (cmp == 0 && best.get(key).claim.getURI().compareTo(c.claim.getURI()) < 0)) beaten = true;
                    }
                }
                if (!beaten && added.add(c.claim)) out.add(Triple.create(c.claim, SKG.derivedTotalsFigure.asNode(), measure));
            }
        }
    }

    /**
     * The raid-to-grant links: one node per (raid, its dating, firm, licence, grant, its dating, day
     * range), named by a hash of them so that the same data always makes the same graph.
     */
    private static void raidGrantLinks(Graph g, Graph out) {
        try (QueryExec qe = QueryExec.graph(g).query(resource("derived-raid-grant-links.rq")).build()) {
            qe.select().forEachRemaining(row -> {
                List<Node> values = LINK_COLUMNS.stream().map(c -> row.get(c)).toList();
                Node link = NodeFactory.createURI(Ids.DERIVED_GRAPH + "#raid-grant-" + hash(values));
                out.add(Triple.create(link, RDF.type.asNode(), SKG.DerivedRaidGrantLink.asNode()));
                for (int i = 0; i < values.size(); i++) out.add(Triple.create(link, LINK_PROPERTIES.get(i), values.get(i)));
            });
        }
    }

    private static String hash(List<Node> nodes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Node n : nodes) sha.update((FmtUtils.stringForNode(n) + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Candidate(Node claim, List<BigDecimal> values, List<Node> claimants, List<Node> sources, List<Node> events) {}

    private static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static BigDecimal number(Node n) {
        if (!n.isLiteral()) return null;
        try {
            Object v = n.getLiteralValue();
            return v instanceof Number num ? new BigDecimal(num.toString()) : null;
        } catch (DatatypeFormatException e) {
            return null;
        }
    }

    private static String resource(String name) {
        try (InputStream in = DerivedGraph.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
