package org.scamkg.generate;

import org.scamkg.cli.Home;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;


import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The synthetic-data generator's command line: a data tree for benchmarks, N times one article's
 * worth. It lives in the test sources, so the product jar does not carry it; {@code bin/generate}
 * runs it (and the benchmark and tests call {@link SyntheticDataGenerator} directly).
 */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Write a synthetic data tree for benchmarks into DIR, in exactly the formats of data/.",
                "'bin/scamkg validate --data DIR' and 'bin/scamkg load --data DIR' accept it:",
                "  registry/*.csv       persons, organisations, places, posts, sites",
                "  sources/<slug>.yml   one record per source, every quote verbatim in its text",
                "  texts/<slug>.txt     the text of each source",
                "  names/honorifics.csv the project's, copied",
                "  ftm/synthetic.jsonl  FollowTheMoney JSON lines; load does not read ftm/",
                "Import the FollowTheMoney lines once DIR is loaded into a store S:",
                "  bin/scamkg import-ftm DIR/ftm/synthetic.jsonl --dataset synthetic --data DIR --store S",
                "",
                "Shared by all units: a made-up country (Synthetic Republic, code XS from ISO 3166's user-assigned range), "
                        + "8 provinces, 18 agencies, 10 posts each held by 3 officials in turn, and one directory source "
                        + "attesting their terms of office.",
                "Each unit adds one synthetic news article about a made-up town (Kanthor-17): 6 people, 3 firms, a town "
                        + "administration, a town, a compound, a casino, 3 posts; 6 holdings (its police chief, governor and "
                        + "firm director, and 3 shared officials quoted as of the article); 18 events (a raid whose "
                        + "firm is licensed days later, a rescue, arrests, a prosecution, a casino raid, an investigation, a closure, "
                        + "a repatriation, a crackdown, a meeting, an NGO report, a press conference, an announcement, 5 licence "
                        + "grants); 5 licences; 27 claims (figures with measure, value and unit, approximations, ranges, figures "
                        + "in words, breakdowns, statements; 4 dispute others, one of them a claim of an earlier unit); and 11 "
                        + "FollowTheMoney entities (companies, people, directorships, ownerships, a sanction), 4 of them named "
                        + "like our firms and people so the candidate-links query proposes them.",
                "Skew: officials are quoted by Zipf's law over posts, towns cluster in a few provinces by Zipf's law, "
                        + "and the 4 further licences of each unit go to firms drawn by a power law over all firms so far "
                        + "(a few firms hold many licences, most one).",
                "",
                "Every unit adds the same number of quads (1,075 once loaded, on about 2,100 for the ontology and the "
                        + "shared part, plus the derived graph the load computes), so the graph grows linearly: --scale 1000 is about a million quads, --scale 10000 about "
                        + "ten million. A unit's files do not depend on --scale: a larger tree extends a smaller one.",
                "All names are made up and tagged (Keo Sovannrith-17, Golden Lotus Entertainment-17, Kanthor-17); every "
                        + "title and the publisher say Synthetic.",
                "The same --scale and --seed give byte-identical output; another seed gives other names, dates and figures.",
                "Files are written as each unit is made (constant memory); a progress line goes to stderr every 1,000 units "
                        + "or two seconds."})
public final class GenerateCommand implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Option(names = "--scale", paramLabel = "N", required = true, description = "number of units (articles), at least 1")
    int scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "the data tree to write: a directory that does not exist yet, or is empty")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public void run() {
        if (scale < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be at least 1, not " + scale);
        Path dir = out.toAbsolutePath().normalize();
        if (!isNewOrEmpty(dir))
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out " + out + " exists and is not an empty directory; generate writes a whole tree into a new or empty one");
        PrintWriter err = spec.commandLine().getErr();
        err.println("generating " + scale + " units (seed " + seed + ") into " + dir + " …");
        err.flush();
        SyntheticDataGenerator.Result r = SyntheticDataGenerator.generate(dir, scale, seed,
                Home.orDefault(null, "data").resolve("names").resolve("honorifics.csv"), err);
        spec.commandLine().getOut().printf("generated %d units: %d source files, %d FollowTheMoney lines (%s), %,d bytes in %.1f s%n",
                r.units(), r.sources(), r.ftmLines(), dir.resolve(SyntheticDataGenerator.FTM_FILE), r.bytes(), r.millis() / 1000.0);
    }

    private static boolean isNewOrEmpty(Path dir) {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
