package org.scamkg.cli;

import java.nio.file.Path;

import org.scamkg.store.Backup;
import org.scamkg.store.KgStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg restore}: a store from a backup, replacing what it held. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the whole content of the store with a backup written by scamkg backup, in one transaction: "
                + "a damaged file is refused and the store is left as it was. The name index follows.",
                "%nStop the server first: a store is used by one process at a time."})
final class RestoreCommand implements Runnable {
    @Parameters(paramLabel = "FILE", description = "a backup file (gzipped N-Quads)")
    Path file;

    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        try (KgStore s = store.open()) {
            long n = Backup.restore(s, file, spec.commandLine().getErr());
            spec.commandLine().getOut().printf("restored %,d quads from %s%n", n, file);
        }
    }
}
