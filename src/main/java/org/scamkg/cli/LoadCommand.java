package org.scamkg.cli;

import java.io.PrintWriter;

import org.scamkg.load.DataLayout;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg load}: read, map, validate, then write the curated records in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read the curated records, check them against the shapes, and write them to the store in one transaction.",
                "On any problem, prints one line per problem (file:line: field: reason), exits 1, and leaves the store unchanged."})
final class LoadCommand implements Runnable {
    @Mixin DataOptions data;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        DataLayout layout = data.layout();
        try (KgStore s = store.open()) {
            out.println("loading " + DataLayout.display(layout.dataDir()) + " into " + DataLayout.display(store.storeDir()) + " …");
            out.flush();
            StoreLoader.Result r = StoreLoader.load(s, layout);
            out.println("loaded " + r.graphs() + " graphs, " + r.quads() + " quads");
        }
    }
}
