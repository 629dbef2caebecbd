package org.scamkg.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.scamkg.store.KgStore;

import picocli.CommandLine.Option;

/** {@code --store}: the TDB2 store directory, and where its configuration lives. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", description = "store directory (default: run/store of the project)")
    Path store;

    @Option(names = "--config", paramLabel = "DIR", description = "Fuseki and store configuration (default: fuseki-config/ of the project)")
    Path config;

    Path storeDir() { return Home.orDefault(store, "run/store"); }

    Path configDir() { return Home.orDefault(config, "fuseki-config"); }

    KgStore open() { return KgStore.open(configDir(), storeDir()); }

    /** The server that holds this store, when one runs: commands then go through it (the store allows one process at a time). */
    Optional<RemoteStore> runningServer() { return RunningServer.find(storeDir()); }
}
