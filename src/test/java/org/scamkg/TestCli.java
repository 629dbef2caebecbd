package org.scamkg;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.scamkg.cli.ScamkgCommand;

import picocli.CommandLine;

/** The command line run in-process, as a user meets it: exit code, standard output and error, time taken. */
public final class TestCli {
    public record Run(int exit, String out, String err, long millis) {}

    private TestCli() {}

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ScamkgCommand.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        long start = System.nanoTime();
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }
}
