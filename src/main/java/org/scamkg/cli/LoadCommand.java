package org.scamkg.cli;

import org.scamkg.common.DisplayPath;

import java.io.PrintWriter;
import java.util.Optional;

import org.scamkg.load.DataLayout;
import org.scamkg.store.GspTarget;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreException;
import org.scamkg.store.StoreLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg load}: read, map, validate, then write the curated records in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read the curated records, check them against the shapes, and write them to the store in one transaction.",
                "%nOn any problem, prints one line per problem (file:line: field: reason), exits 1, and leaves the store unchanged.",
                "%nInto an empty store, the checked data goes through TDB2's bulk loader into a staged copy, moved into place "
                        + "only when everything passed; the name index and the derived graph are built before the move.",
                "%nWith --target, writes to another SPARQL 1.1 store instead, through the Graph Store Protocol: the load runs first "
                        + "as a local one (into a scratch store), then every graph it wrote is sent with PUT (replacing it there). "
                        + "Not one transaction: each graph is replaced whole, but a failure part-way leaves the graphs sent so far "
                        + "replaced (rerun to finish). Credentials for the target: --target-user and the password in the environment "
                        + "variable SCAMKG_TARGET_PASSWORD, answered as the target asks (Basic or Digest).",
                "%nLong loads print a progress line every few seconds."})
final class LoadCommand implements Runnable {
    @Mixin DataOptions data;
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = "--target", paramLabel = "URL",
            description = "a Graph Store Protocol endpoint, such as (GraphDB)%nhttp://host:7200/repositories/kg/rdf-graphs/service%n(Fuseki)%nhttp://host:3030/ds/data%nor (Virtuoso, Digest authentication)%nhttp://host:8890/sparql-graph-crud-auth")
    String target;

    @Option(names = "--target-user", paramLabel = "NAME", description = "user for HTTP basic authentication at the target")
    String targetUser;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataLayout layout = data.layout();
        if (target != null) {
            Optional<GspTarget.Credentials> credentials = Optional.ofNullable(targetUser).map(u -> {
                String password = System.getenv("SCAMKG_TARGET_PASSWORD");
                if (password == null) throw new StoreException("--target-user needs the password in the environment variable SCAMKG_TARGET_PASSWORD");
                return new GspTarget.Credentials(u, password);
            });
            out.println("loading " + DisplayPath.of(layout.dataDir()) + " into " + target + " …");
            out.flush();
            GspTarget.Result r = GspTarget.load(store.configDir(), layout, target, credentials, err);
            out.println("sent " + r.graphs() + " graphs, " + r.triples() + " triples");
            return;
        }
        try (KgStore s = store.open()) {
            out.println("loading " + DisplayPath.of(layout.dataDir()) + " into " + DisplayPath.of(store.storeDir()) + " …");
            out.flush();
            StoreLoader.Result r = StoreLoader.load(s, layout, err);
            out.println("loaded " + r.graphs() + " graphs, " + r.quads() + " quads" + (r.bulk() ? " (into an empty store: TDB2's bulk loader)" : ""));
        }
    }
}
