package org.scamkg.cli;

import java.nio.file.Path;

import org.scamkg.store.Backup;
import org.scamkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg backup}: the whole store as one gzipped N-Quads file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write the whole store (curated graphs, imports and anything written through the update endpoint) "
                + "to one gzipped N-Quads file, from one consistent snapshot.",
                "%nStop the server first: a store is used by one process at a time. Restore it with scamkg restore FILE."})
final class BackupCommand implements Runnable {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file, e.g. scamkg-2026-11-23.nq.gz")
    Path out;

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        try (KgStore s = store.open()) {
            long n = Backup.write(s, out, spec.commandLine().getErr());
            spec.commandLine().getOut().printf("backed up %,d quads to %s%n", n, out);
        }
    }
}
