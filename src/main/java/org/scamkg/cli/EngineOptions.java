package org.scamkg.cli;

import java.util.Optional;

import org.scamkg.common.NameNormaliser;
import org.scamkg.load.DataLayout;
import org.scamkg.store.EndpointEngine;
import org.scamkg.store.SparqlEndpoint;

import picocli.CommandLine.Option;

/**
 * {@code --sparql URL}: read the graph from an external SPARQL 1.1 endpoint (Virtuoso, GraphDB,
 * another Fuseki…) instead of the embedded store. Credentials, when the endpoint wants them, come
 * from the environment only: {@value SparqlEndpoint#USER_VARIABLE} and
 * {@value SparqlEndpoint#PASSWORD_VARIABLE}.
 */
final class EngineOptions {
    @Option(names = "--sparql", paramLabel = "URL",
            description = "read from this external SPARQL 1.1 query endpoint instead of the embedded store, e.g. Virtuoso's%n"
                    + "http://127.0.0.1:8890/sparql%n(fill it with load --target); credentials, if it wants them, from the environment: "
                    + SparqlEndpoint.USER_VARIABLE + " and " + SparqlEndpoint.PASSWORD_VARIABLE)
    String sparql;

    /** The endpoint engine, when --sparql is given; names searched there are folded with the rules of {@code layout}'s data. */
    Optional<EndpointEngine> engine(DataLayout layout) {
        if (sparql == null) return Optional.empty();
        return Optional.of(new EndpointEngine(SparqlEndpoint.fromEnvironment(sparql), NameNormaliser.of(layout.dataDir())));
    }
}
