package org.scamkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.scamkg.export.AtomicFiles;
import org.scamkg.export.CsvExport;
import org.scamkg.export.EntityGraph;
import org.scamkg.ftm.FtmExport;
import org.scamkg.export.JsonLdContext;
import org.scamkg.export.NetworkWriter;
import org.scamkg.export.RdfExport;
import org.scamkg.export.RdfFormat;
import org.scamkg.store.EndpointEngine;
import org.scamkg.store.KgStore;
import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.Ids;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg export}: the graph, or one source's graph, in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the whole dataset, or one named graph, in a format other tools read.",
                "%nRDF formats (--graph picks one named graph; every fact names its source):",
                "  ttl, nt, rdfxml   triples, the union of all graphs",
                "  trig, nq, jsonld  quads, one named graph per source (JSON-LD keys read as",
                "                    words: ontology/context.jsonld)",
                "%nThe whole dataset only:",
                "  csv               one table per kind of thing, into the directory --out",
                "  gexf, graphml     entities as nodes and statements as edges, for Gephi and",
                "                    Cytoscape",
                "  ftm               FollowTheMoney JSON lines (our entities, then imported ones",
                "                    as they came), for Aleph and OpenSanctions' tools",
                "  context           the JSON-LD context made from the ontology (as committed in",
                "                    ontology/context.jsonld)",
                "%nWith --sparql URL, exports the store's graphs from that external SPARQL 1.1 endpoint instead of the embedded store."})
final class ExportCommand implements Runnable {
    /** The formats by the names users type; the RDF ones are {@link RdfFormat}'s short names. */
    enum Format {
        ttl, trig, nq, nt, jsonld, rdfxml, csv, gexf, graphml, ftm, context;

        Optional<RdfFormat> rdf() { return RdfFormat.byName(name()); }

        /** Whether --graph applies: only the RDF formats write one named graph. */
        boolean oneGraph() { return rdf().isPresent(); }
    }

    @Option(names = "--format", required = true, description = "one of ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "one named graph (RDF formats only), by its IRI or its short form: graph/registry is%nhttps://w3id.org/scamkg/graph/registry")
    String graph;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "file to write (a directory for csv)")
    Path out;

    @Mixin StoreOptions store;
    @Mixin DataOptions data;
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> g = Optional.ofNullable(graph).map(x -> x.startsWith("graph/") ? Ids.BASE + x : x);
        if (g.isPresent() && !format.oneGraph())
            throw new ParameterException(spec.commandLine(), "--graph applies to the RDF formats only (ttl, trig, nq, nt, jsonld, rdfxml), not to --format " + format);
        Optional<EndpointEngine> external = engine.engine(data.layout());
        Optional<RemoteStore> server = external.isPresent() ? Optional.empty() : store.runningServer();
        if (external.isPresent()) {
            err.println("exporting from " + external.get().describe());
            export(external.get().dataset(), g, err);
        } else if (server.isPresent()) {
            err.println("the server at " + server.get().base() + " holds the store; exporting a copy of its data");
            export(server.get().snapshot(), g, err);
        } else try (KgStore s = store.open()) {
            StoreAutoLoad.ifEmpty(s, data.layout(), err);
            export(s.dataset(), g, err);
        }
        err.flush();
    }

    private void export(Dataset ds, Optional<String> g, PrintWriter err) {
        try {
            if (format == Format.context) {
                AtomicFiles.writeString(out, JsonLdContext.text(ReadTransactions.calculate(ds, () -> RdfExport.context(ds.asDatasetGraph()))));
                err.println("wrote the JSON-LD context to " + out);
                return;
            }
            if (format == Format.csv) {
                err.println("wrote " + CsvExport.write(ds, out) + " rows into " + out);
                return;
            }
            if (format == Format.gexf || format == Format.graphml) {
                EntityGraph network = EntityGraph.of(ds);
                AtomicFiles.write(out, o -> {
                    if (format == Format.gexf) NetworkWriter.gexf(network, o);
                    else NetworkWriter.graphml(network, o);
                    return null;
                });
                err.printf("wrote %s: %,d nodes, %,d edges%n", out, network.nodes().size(), network.edges().size());
                return;
            }
            if (format == Format.ftm) {
                FtmExport.Counts n = AtomicFiles.write(out, o -> FtmExport.write(ds, o, err));
                err.printf("wrote %s: %,d FollowTheMoney entities (%,d curated and derived, %,d imported)%n", out, n.total(), n.curated(), n.imported());
                return;
            }
            RdfFormat f = format.rdf().orElseThrow();
            // written beside the target and moved into place when complete: a failure leaves no partial file
            long n = AtomicFiles.write(out, o -> RdfExport.write(ds, f, g, o));
            err.printf("wrote %s: %,d %s%n", out, n, f.quads ? "quads" : "triples");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
