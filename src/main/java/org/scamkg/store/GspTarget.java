package org.scamkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.GSP;
import org.scamkg.load.DataLayout;

/**
 * Loads the curated records into any SPARQL 1.1 store through the Graph Store HTTP Protocol:
 * the load runs first exactly as a local one, into a scratch store of its own (read, mapped,
 * checked, and everything the local load adds, such as the per-source counts and any graph it
 * derives); then every graph of that scratch store is spooled to a file and sent with
 * {@code PUT}, which replaces it on the target. So bad records send nothing, and a graph the
 * local load writes reaches the target without this class naming it.
 *
 * <p>Credentials are answered to the target's challenge, Basic or Digest (Virtuoso's
 * {@code /sparql-graph-crud-auth} asks for Digest). The protocol has no transaction across
 * graphs: each PUT is atomic on the target (on Virtuoso too), but a failure part-way leaves the
 * graphs sent so far replaced and the others as they were (a rerun converges, PUT being
 * idempotent). A curated graph the target holds but the records no longer make is left there.
 */
public final class GspTarget {
    /** Credentials for a target that wants them; the password never comes from the command line. */
    public record Credentials(String user, String password) {}

    /** What was sent. */
    public record Result(int graphs, long triples) {}

    private record Spooled(String graph, Path file, long triples) {}

    private GspTarget() {}

    /** The load of {@code layout} into the target; the scratch store is opened with the store configuration in {@code configDir}. */
    public static Result load(Path configDir, DataLayout layout, String gspUrl, Optional<Credentials> credentials, PrintWriter progress) {
        Path spool;
        try {
            spool = Files.createTempDirectory("scamkg-gsp-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        URI target = URI.create(gspUrl);
        try {
            List<Spooled> graphs = spoolLocalLoad(configDir, layout, spool, progress);
            credentials.ifPresent(c -> AuthEnv.get().registerUsernamePassword(target, c.user(), c.password()));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
            long triples = 0;
            int sent = 0;
            for (Spooled s : graphs) {
                try {
                    GSP.service(gspUrl).httpClient(client).graphName(s.graph()).PUT(s.file().toString());
                } catch (HttpException e) {
                    String why = e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " + Optional.ofNullable(e.getStatusLine()).orElse("")
                            : Optional.ofNullable(e.getCause()).map(Throwable::toString).orElse(String.valueOf(e.getMessage()));
                    throw new StoreException("the target " + gspUrl + " refused graph " + s.graph() + ": " + why.strip()
                            + (sent > 0 ? " (the " + sent + " graphs sent before it stay replaced; rerun to finish)" : " (nothing was sent)"));
                }
                sent++;
                triples += s.triples();
                progress.printf("sent %s (%,d triples)%n", s.graph(), s.triples());
                progress.flush();
            }
            return new Result(graphs.size(), triples);
        } finally {
            if (credentials.isPresent()) AuthEnv.get().unregisterUsernamePassword(target);
            delete(spool);
        }
    }

    /** The local load into a scratch store under {@code spool}, then each of its graphs as an N-Triples file there. */
    private static List<Spooled> spoolLocalLoad(Path configDir, DataLayout layout, Path spool, PrintWriter progress) {
        List<Spooled> graphs = new ArrayList<>();
        try (KgStore scratch = KgStore.open(configDir, spool.resolve("store"))) {
            StoreLoader.load(scratch, layout, progress);
            Dataset ds = scratch.dataset();
            ReadTransactions.execute(ds, () -> {
                List<Node> names = new ArrayList<>();
                ds.asDatasetGraph().listGraphNodes().forEachRemaining(names::add);
                names.sort(Comparator.comparing(Node::getURI));
                for (Node g : names) {
                    Path f = spool.resolve(graphs.size() + ".nt");
                    Graph graph = ds.asDatasetGraph().getGraph(g);
                    try (OutputStream out = Files.newOutputStream(f)) {
                        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    graphs.add(new Spooled(g.getURI(), f, graph.size()));
                }
            });
        }
        return graphs;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temporary file is not worth failing a load that succeeded
        }
    }
}
