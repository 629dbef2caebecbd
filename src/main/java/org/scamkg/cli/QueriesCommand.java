package org.scamkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scamkg.query.CannedQuery;
import org.scamkg.query.CatalogueTable;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryParameter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg queries}: the catalogue of canned questions. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"List the canned questions of queries/ with their parameters.",
                "--markdown prints the README table; --update-readme FILE rewrites that table in FILE."})
final class QueriesCommand implements Runnable {
    @Option(names = "--queries", paramLabel = "DIR", description = "the canned queries (default: queries/ of the project)")
    Path queries;

    @Option(names = "--markdown", description = "print the catalogue as a Markdown table")
    boolean markdown;

    @Option(names = "--update-readme", paramLabel = "FILE", description = "replace the catalogue table in FILE (between its queries markers)")
    Path readme;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        QueryCatalog catalog = QueryCatalog.load(Home.orDefault(queries, "queries"));
        PrintWriter out = spec.commandLine().getOut();
        if (readme != null) {
            try {
                String text = Files.readString(readme, StandardCharsets.UTF_8);
                Files.writeString(readme, CatalogueTable.replaceIn(text, catalog), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println("updated the catalogue table in " + readme);
        } else if (markdown) {
            out.print(CatalogueTable.markdown(catalog));
        } else {
            for (CannedQuery q : catalog.all()) {
                out.printf("%-30s %s%n", q.name(), q.header().summary());
                for (QueryParameter p : q.header().params().values())
                    out.printf("%-30s   --param %s=… (%s%s) %s%n", "", p.name(), p.type(),
                            p.defaultValue().map(d -> ", default " + d).orElse(p.required() ? ", required" : ", optional"), p.doc());
            }
        }
        out.flush();
    }
}
