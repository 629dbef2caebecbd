package org.scamkg.cli;

import java.io.PrintWriter;
import java.util.Optional;

import org.scamkg.store.EndpointEngine;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreStatistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Show what the store holds: quads, graphs, entities by kind, and the sources with their triples.",
                "While a server holds the store, the counts come from a copy of its data.",
                "With --sparql URL, counts the store's graphs in that external SPARQL 1.1 endpoint (not the engine's own graphs)."})
final class StatsCommand implements Runnable {
    @Mixin StoreOptions store;
    @Mixin DataOptions data;
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<EndpointEngine> external = engine.engine(data.layout());
        Optional<RemoteStore> server = external.isPresent() ? Optional.empty() : store.runningServer();
        if (external.isPresent()) print(out, StoreStatistics.of(external.get().dataset()));
        else if (server.isPresent()) print(out, StoreStatistics.of(server.get().snapshot()));
        else try (KgStore s = store.open()) {
            print(out, StoreStatistics.of(s.dataset()));
        }
    }

    private static void print(PrintWriter out, StoreStatistics.Stats st) {
        out.printf("quads   %d%ngraphs  %d%n%nentities by kind%n", st.quads(), st.graphs());
        st.entitiesByKind().forEach((k, v) -> out.printf("  %-14s %d%n", k, v));
        out.printf("%nsources (%d)%n", st.sources().size());
        for (StoreStatistics.SourceRow r : st.sources())
            out.printf("  %-60s %6d triples  %s%n", r.source(), r.triples(), r.title());
        out.flush();
    }
}
