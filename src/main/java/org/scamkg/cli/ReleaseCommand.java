package org.scamkg.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.scamkg.export.Release;
import org.scamkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg release}: every export, the documentation and a checksummed description. */
@Command(name = "release", mixinStandardHelpOptions = true,
        description = {"Write a release into a directory: the graph in every RDF format, CSV tables, GEXF and GraphML, "
                + "the JSON-LD context, the ontology documentation, a VoID + DCAT description and SHA256SUMS."})
final class ReleaseCommand implements Runnable {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write")
    Path out;

    @Option(names = "--endpoint", defaultValue = "http://127.0.0.1:3030/kg/sparql",
            description = "the SPARQL endpoint named in the description (default: ${DEFAULT-VALUE})")
    String endpoint;

    @Option(names = "--download-base", paramLabel = "URL",
            description = "where the files will be published; download URLs in the description start with it (default: the directory's file: URL)")
    String downloadBase;

    @Mixin StoreOptions store;
    @Mixin DataOptions data;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        try (KgStore s = store.open()) {
            StoreAutoLoad.ifEmpty(s, data.layout(), spec.commandLine().getErr());
            Release.write(s.dataset(), out, endpoint, Optional.ofNullable(downloadBase), spec.commandLine().getOut());
        }
    }
}
