package org.scamkg.cli;

import java.io.PrintWriter;

import org.scamkg.load.CuratedDataLoader;
import org.scamkg.load.CuratedValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg validate}: every check of a load, no writes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run every check a load runs (records, references, quotes, assertions, shapes) without writing anything.",
                "Prints one line per problem (file:line: field: reason) and exits 1 when there is any."})
final class ValidateCommand implements Runnable {
    @Mixin DataOptions data;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        CuratedDataLoader.Summary s = CuratedValidation.run(data.layout(), (iri, g) -> { }, spec.commandLine().getErr());
        out.println("valid: " + s.graphs().size() + " graphs, " + s.triples() + " quads");
    }
}
