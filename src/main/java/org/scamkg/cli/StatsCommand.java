package org.scamkg.cli;

import java.io.PrintWriter;

import org.scamkg.store.KgStore;
import org.scamkg.store.StoreStatistics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show what the store holds: quads, graphs, entities by kind, and the sources with their triples.")
final class StatsCommand implements Runnable {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore s = store.open()) {
            StoreStatistics.Stats st = StoreStatistics.of(s.dataset());
            out.printf("quads   %d%ngraphs  %d%n%nentities by kind%n", st.quads(), st.graphs());
            st.entitiesByKind().forEach((k, v) -> out.printf("  %-14s %d%n", k, v));
            out.printf("%nsources (%d)%n", st.sources().size());
            for (StoreStatistics.SourceRow r : st.sources())
                out.printf("  %-60s %6d triples  %s%n", r.source(), r.triples(), r.title());
        }
    }
}
