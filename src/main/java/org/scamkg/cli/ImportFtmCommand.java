package org.scamkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.scamkg.common.NameNormaliser;
import org.scamkg.ftm.FtmImport;
import org.scamkg.ftm.FtmStatements;
import org.scamkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg import-ftm}: bring in a FollowTheMoney dataset (OpenSanctions, Aleph). */
@Command(name = "import-ftm", mixinStandardHelpOptions = true,
        description = {"Import FollowTheMoney JSON lines (one entity per line, as OpenSanctions and Aleph export them) into "
                + "the named graph of their dataset, replacing an earlier import of that dataset, in one transaction.",
                "The graph of dataset NAME:%n  https://w3id.org/scamkg/graph/import/NAME",
                "%nWith --statements, FILE is a statements file (the statements.csv OpenSanctions publishes: one row per value, "
                        + "with its source list and when the list first and last carried it): each value keeps its list and dates.",
                "%nA bad line is reported with its number and nothing is written; a progress line shows every few seconds.",
                "%nImported entities join ours only through the curators' links in data/links/ (see the candidate-links query).",
                "%nMapping: docs/ftm.md."})
final class ImportFtmCommand implements Runnable {
    @Parameters(paramLabel = "FILE", description = "a FollowTheMoney JSON-lines file, or with --statements a statements CSV file")
    Path file;

    @Option(names = "--statements", description = "FILE is a statements CSV file (entity_id, prop, schema, value, dataset, first_seen, last_seen…)")
    boolean statements;

    @Option(names = "--dataset", paramLabel = "NAME", description = "dataset name (default: the file name without extension)")
    String dataset;

    @Mixin StoreOptions store;
    @Mixin DataOptions data;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter err = spec.commandLine().getErr();
        String name = dataset != null ? dataset
                : file.getFileName().toString().replaceFirst("\\.(jsonl|json|ftm|ijson|csv)$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        try (KgStore s = store.open()) {
            StoreAutoLoad.ifEmpty(s, data.layout(), err);
            err.println("importing " + file + " as dataset " + name + " …");
            err.flush();
            NameNormaliser names = NameNormaliser.of(data.layout().dataDir());
            FtmImport.Result r = statements ? FtmStatements.run(s, file, name, names, err) : FtmImport.run(s, file, name, names, err);
            spec.commandLine().getOut().printf("imported %,d entities (%,d lines, %,d quads) into https://w3id.org/scamkg/graph/import/%s%s%n",
                    r.entities(), r.lines(), r.quads(), name,
                    r.setAside() > 0 ? "; " + r.setAside() + " values not valid for their type kept verbatim, not mapped" : "");
        }
    }
}
