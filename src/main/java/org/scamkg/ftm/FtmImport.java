package org.scamkg.ftm;

import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.Kinds;

import org.scamkg.vocab.FTM;

import org.scamkg.store.DerivedGraph;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.common.LoadException;
import org.scamkg.common.NameNormaliser;
import org.scamkg.common.Problem;
import org.scamkg.load.SourceCounts;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * Imports a FollowTheMoney JSON-lines file into {@code graph/import/<dataset>}, replacing an
 * earlier import of that dataset, in one write transaction: lines are read, checked, mapped and
 * written one at a time (constant memory, whatever the file size), with a progress line every
 * few seconds. A bad line is reported with its number; if there is any, the transaction is
 * aborted and the store is exactly as it was.
 */
public final class FtmImport {
    /** What an import did; {@code setAside} counts the values not valid for their type (kept verbatim, not mapped). */
    public record Result(long lines, long entities, long quads, long setAside) {}

    /** Stop listing bad lines past this many; the count still covers them all. */
    static final int MAX_REPORTED = 100;
    static final long PROGRESS_MILLIS = 2000;

    private FtmImport() {}

    public static Result run(KgStore store, Path file, String dataset, NameNormaliser names, PrintWriter progress) {
        return inOneTransaction(store, file, dataset, ds -> importInTransaction(ds, file, dataset, names, progress));
    }

    /**
     * Checks the dataset name and the file, then runs an import in one write transaction: all of it
     * is written, or, on any exception, nothing (Jena aborts and rethrows). The derived graph is
     * rebuilt in the same transaction.
     */
    static Result inOneTransaction(KgStore store, Path file, String dataset, java.util.function.Function<Dataset, Result> work) {
        if (!Ids.isSlug(dataset)) throw new StoreException("dataset '" + dataset + "' is not a name of lower-case letters, digits and hyphens");
        if (!Files.isRegularFile(file)) throw new StoreException("no such file: " + file);
        Dataset ds = store.dataset();
        return ds.calculateWrite(() -> {
            Result r = work.apply(ds);
            // imported claims and events count in the whole-graph answers too: recompute them before the commit
            DerivedGraph.rebuild(ds.asDatasetGraph());
            return r;
        });
    }

    private static Result importInTransaction(Dataset ds, Path file, String dataset, NameNormaliser names, PrintWriter progress) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(Ids.importGraph(dataset));
        dsg.removeGraph(graph);
        String sourceIri = Ids.ID + "source/import-" + dataset;
        Node source = NodeFactory.createURI(sourceIri);
        dsg.add(graph, source, RDF.type.asNode(), SchemaDO.CreativeWork.asNode());
        dsg.add(graph, source, RDF.type.asNode(), SchemaDO.Dataset.asNode());
        dsg.add(graph, source, DCTerms.title.asNode(), NodeFactory.createLiteralString("FollowTheMoney dataset " + dataset));
        dsg.add(graph, source, SKG.localFile.asNode(), NodeFactory.createLiteralString(file.getFileName().toString()));
        FtmMapper mapper = new FtmMapper(dataset, sourceIri, countryPlaces(ds), licenceTypes(ds), names, ReadTransactions.calculate(ds, () -> Kinds.of(ds)));
        FtmLineParser parser = new FtmLineParser();
        String display = file.toString();
        List<Problem> bad = new ArrayList<>();
        long errors = 0;
        long entities = 0;
        long[] quads = {4};
        long[] setAside = {0};
        long lastReport = System.currentTimeMillis();
        long lines = 0;
        Map<Node, Long> kinds = new HashMap<>();
        try (JsonLineReader reader = new JsonLineReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (JsonLineReader.Line line; (line = reader.next()) != null; ) {
                lines = line.number();
                String error = line.error();
                if (error == null && line.text().isBlank()) continue;
                if (error == null) {
                    try {
                        FtmEntity e = parser.parse(line.text());
                        if (errors == 0 && dsg.contains(graph, NodeFactory.createURI(FTM.entityIri(dataset, e.id())), RDF.type.asNode(), Node.ANY)) {
                            // two lines of one id would merge into one entity, schemata and all
                            error = "id: '" + e.id() + "' is on an earlier line too; one line per entity (merge fragments first, e.g. with ftm aggregate)";
                        } else {
                            if (errors == 0) mapper.map(e, (Triple t) -> {
                                dsg.add(Quad.create(graph, t));
                                quads[0]++;
                                if (t.getPredicate().equals(RDF.type.asNode())) kinds.merge(t.getObject(), 1L, Long::sum);
                            });
                            entities++;
                            for (FtmEntity.Invalid i : e.invalid()) {
                                if (setAside[0]++ < MAX_REPORTED)
                                    progress.println("warning: " + new Problem(display, (int) line.number(), "properties." + i.property(),
                                            "'" + i.value() + "' is " + i.reason() + "; kept verbatim, not mapped"));
                            }
                        }
                    } catch (FtmLineParser.BadLine b) {
                        error = b.getMessage();
                    }
                }
                if (error != null) {
                    errors++;
                    if (bad.size() < MAX_REPORTED) bad.add(new Problem(display, (int) line.number(), "-", error));
                }
                if (System.currentTimeMillis() - lastReport > PROGRESS_MILLIS) {
                    progress.printf("… %,d lines, %,d entities, %,d quads%s%n", lines, entities, quads[0], errors > 0 ? ", " + errors + " bad" : "");
                    progress.flush();
                    lastReport = System.currentTimeMillis();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refuseIfAny(bad, errors, display, "lines");
        List<FtmReferences.Dangling> dangling = FtmReferences.dangling(dsg, graph, MAX_REPORTED);
        if (!dangling.isEmpty()) throw new LoadException(FtmReferences.locate(file, display, dangling));
        // the dataset's counts for the source catalogue, as a load writes them for a source
        // (tallied while streaming: the import never holds its graph in memory)
        for (Triple t : SourceCounts.triples(source, kinds.getOrDefault(FOAF.Person.asNode(), 0L),
                kinds.getOrDefault(ORG.Organization.asNode(), 0L), kinds.getOrDefault(SKG.Event.asNode(), 0L), 0)) {
            dsg.add(Quad.create(graph, t));
            quads[0]++;
        }
        if (setAside[0] > 0) {
            progress.printf("%,d values not valid for their FollowTheMoney type were kept verbatim and not mapped%s%n", setAside[0],
                    setAside[0] > MAX_REPORTED ? " (the first " + MAX_REPORTED + " are listed above)" : "");
            progress.flush();
        }
        return new Result(lines, entities, quads[0], setAside[0]);
    }

    /** Refuses the file when anything was bad: the problems listed, then a count of the rest. */
    static void refuseIfAny(List<Problem> bad, long errors, String display, String what) {
        if (errors == 0) return;
        if (errors > bad.size()) bad.add(new Problem(display, 0, "-", "and " + (errors - bad.size()) + " more bad " + what));
        throw new LoadException(bad);
    }

    /** Our country places by ISO code, so FollowTheMoney's country codes meet them. */
    static Map<String, String> countryPlaces(Dataset ds) {
        Map<String, String> out = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(
                "SELECT ?p ?c { ?p <" + SKG.countryCode.getURI() + "> ?c }").build()) {
            qe.execSelect().forEachRemaining(r -> out.put(r.getLiteral("c").getString(), r.getResource("p").getURI()));
        }
        return out;
    }

    /** Our licence-type terms by label, so a FollowTheMoney licence type "casino" meets ours. */
    static Map<String, String> licenceTypes(Dataset ds) {
        Map<String, String> out = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT ?t ?l { ?t skos:inScheme <https://w3id.org/scamkg/vocab/licence-type> ; skos:prefLabel ?l }""").build()) {
            qe.execSelect().forEachRemaining(r -> out.put(r.getLiteral("l").getString().toLowerCase(java.util.Locale.ROOT), r.getResource("t").getURI()));
        }
        return out;
    }
}
