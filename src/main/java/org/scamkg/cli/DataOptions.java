package org.scamkg.cli;

import java.nio.file.Path;

import org.scamkg.load.DataLayout;

import picocli.CommandLine.Option;

/** {@code --data} and {@code --ontology}: where the curated records and the ontology are. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "curated records (default: data/ of the project)")
    Path data;

    @Option(names = "--ontology", paramLabel = "DIR", description = "ontology, vocabularies and shapes (default: ontology/ of the project)")
    Path ontology;

    DataLayout layout() {
        return new DataLayout(Home.orDefault(data, "data"), Home.orDefault(ontology, "ontology"));
    }
}
