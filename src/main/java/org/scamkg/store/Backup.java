package org.scamkg.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A backup is the whole store (curated graphs, imports, anything written through the update
 * endpoint) as gzipped N-Quads, with the fingerprint of the curated records it was loaded from
 * on its first line (a comment, which any N-Quads reader skips). Written from one read
 * transaction, so it is a consistent snapshot even while the server answers. A restore replaces
 * the store's content in one write transaction: a damaged file is refused and the store is
 * left as it was.
 */
public final class Backup {
    static final String FINGERPRINT = "# scamkg-fingerprint: ";
    private static final long PROGRESS_EVERY = 1_000_000;

    private Backup() {}

    /** Writes the backup to {@code file} (through a temporary file, so a failed backup leaves no half file); answers the quads. */
    public static long write(KgStore store, Path file, PrintWriter progress) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try {
            long n;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                n = store.dataset().calculateRead(() -> {
                    Writer header = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    try {
                        header.write(FINGERPRINT + DataFingerprint.lastLoaded(store.storeDir()).orElse("none") + "\n");
                        header.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                    w.start();
                    long[] count = {0};
                    store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                        w.quad(q);
                        if (++count[0] % PROGRESS_EVERY == 0) {
                            progress.printf("… %,d quads%n", count[0]);
                            progress.flush();
                        }
                    });
                    w.finish();
                    return count[0];
                });
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // nothing to clean
            }
        }
    }

    /** Replaces the store's whole content with the backup's, in one transaction; answers the quads. */
    public static long restore(KgStore store, Path file, PrintWriter progress) {
        if (!Files.isRegularFile(file)) throw new StoreException("no such backup: " + file);
        Optional<String> fingerprint = fingerprint(file);
        Dataset ds = store.dataset();
        DatasetGraph dsg = ds.asDatasetGraph();
        long[] count = {0};
        ds.begin(ReadWrite.WRITE);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY); // through the text index too, unlike clear()
            RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    dsg.add(q);
                    if (++count[0] % PROGRESS_EVERY == 0) {
                        progress.printf("… %,d quads%n", count[0]);
                        progress.flush();
                    }
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) { dsg.add(Quad.create(Quad.defaultGraphIRI, t)); }
            });
            ds.commit();
        } catch (IOException | RiotException e) {
            ds.abort();
            throw new StoreException("not a scamkg backup (gzipped N-Quads): " + file + ": " + e.getMessage() + "; the store is unchanged");
        } catch (RuntimeException e) {
            ds.abort();
            throw e;
        } finally {
            ds.end();
        }
        // the curated records the backup was loaded from: serve reloads only if data/ differs from them
        if (fingerprint.isPresent() && !fingerprint.get().equals("none")) DataFingerprint.recordLoaded(store.storeDir(), fingerprint.get());
        else DataFingerprint.forget(store.storeDir());
        return count[0];
    }

    private static Optional<String> fingerprint(Path file) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String first = r.readLine();
            return first != null && first.startsWith(FINGERPRINT) ? Optional.of(first.substring(FINGERPRINT.length()).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new StoreException("not a scamkg backup (gzipped N-Quads): " + file + ": " + e.getMessage() + "; the store is unchanged");
        }
    }
}
