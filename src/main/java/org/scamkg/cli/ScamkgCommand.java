package org.scamkg.cli;


import java.io.PrintWriter;

import org.scamkg.common.LoadException;
import org.scamkg.common.Problem;
import org.scamkg.query.ParameterException;
import org.scamkg.query.QueryFileException;
import org.scamkg.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code scamkg}: load, validate, serve, query and describe the knowledge graph. Errors reach
 * the user as lines of text and an exit code, never as a stack trace (set SCAMKG_DEBUG=1 to see
 * one): 0 success, 1 rejected input or failure, 2 wrong usage.
 */
@Command(name = "scamkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "An open knowledge graph of Cambodia's online-scam and human-trafficking economy.",
        subcommands = {LoadCommand.class, ValidateCommand.class, ServeCommand.class, QueryCommand.class, QueriesCommand.class, SearchCommand.class, ImportFtmCommand.class, ExportCommand.class, ReleaseCommand.class, BackupCommand.class, RestoreCommand.class,
                StatsCommand.class, CommandLine.HelpCommand.class})
public final class ScamkgCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ScamkgCommand());
        cl.setExecutionExceptionHandler(ScamkgCommand::handle);
        // every subcommand offers --version (mixinStandardHelpOptions); it prints what the top command does
        for (CommandLine sub : cl.getSubcommands().values()) sub.getCommandSpec().versionProvider(new Version());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof org.scamkg.query.PagingException) { // a bad --page-size or --cursor: wrong usage of an option
            err.println("scamkg: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (e instanceof LoadException le) {
            for (Problem p : le.problems()) err.println(p);
            err.println("rejected: " + le.problems().size() + " problem(s); nothing was written");
        } else if (e instanceof ParameterException || e instanceof QueryFileException || e instanceof StoreException) {
            err.println("scamkg: " + e.getMessage());
        } else {
            err.println("scamkg: error: " + e);
            if (System.getenv("SCAMKG_DEBUG") != null) e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }
}
