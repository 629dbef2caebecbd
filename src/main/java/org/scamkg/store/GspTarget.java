package org.scamkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.GSP;
import org.scamkg.load.DataLayout;
import org.scamkg.load.CuratedValidation;

/**
 * Loads the curated records into any SPARQL 1.1 store through the Graph Store HTTP Protocol:
 * everything is read, mapped and checked first, each checked graph spooled to a temporary file;
 * only when the whole load passed is each graph sent with {@code PUT}, which replaces it on the
 * target. So bad records send nothing. The protocol has no transaction across graphs: each PUT
 * is atomic on the target, and a failure part-way leaves the graphs sent so far replaced (a
 * rerun converges, PUT being idempotent).
 */
public final class GspTarget {
    /** Basic credentials for a target that wants them; the password never comes from the command line. */
    public record Credentials(String user, String password) {
        String header() {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** What was sent. */
    public record Result(int graphs, long triples) {}

    private record Spooled(String graph, Path file, long triples) {}

    private GspTarget() {}

    public static Result load(DataLayout layout, String gspUrl, Optional<Credentials> credentials, PrintWriter progress) {
        Path spool;
        try {
            spool = Files.createTempDirectory("scamkg-gsp-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Spooled> graphs = new ArrayList<>();
            CuratedValidation.run(layout, (iri, g) -> {
                Path f = spool.resolve(graphs.size() + ".nt");
                try (OutputStream out = Files.newOutputStream(f)) {
                    RDFDataMgr.write(out, g, Lang.NTRIPLES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                graphs.add(new Spooled(iri, f, g.size()));
            }, progress);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            long triples = 0;
            for (Spooled s : graphs) {
                GSP request = GSP.service(gspUrl).httpClient(client).graphName(s.graph());
                if (credentials.isPresent()) request.httpHeader("Authorization", credentials.get().header());
                try {
                    request.PUT(s.file().toString());
                } catch (HttpException e) {
                    String why = e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " + Optional.ofNullable(e.getStatusLine()).orElse("")
                            : Optional.ofNullable(e.getCause()).map(Throwable::toString).orElse(String.valueOf(e.getMessage()));
                    throw new StoreException("the target " + gspUrl + " refused graph " + s.graph() + ": " + why.strip()
                            + (triples > 0 ? " (the graphs sent before it stay replaced; rerun to finish)" : " (nothing was sent)"));
                }
                triples += s.triples();
                progress.printf("sent %s (%,d triples)%n", s.graph(), s.triples());
                progress.flush();
            }
            return new Result(graphs.size(), triples);
        } finally {
            delete(spool);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary file is not worth failing a load that succeeded
        }
    }
}
