package org.scamkg.store;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A backup is the whole store (curated graphs, imports, anything written through the update
 * endpoint) as gzipped N-Quads, with the fingerprint of the curated records it was loaded from
 * on its first line and its quad count and SHA-256 on its last (comments, which any N-Quads
 * reader skips). Written from one read transaction, so it is a consistent snapshot even while the
 * server answers. A restore replaces the store's content in one write transaction, committed only
 * when the end line agrees with what was read ({@link BackupCheck}): an empty, cut or damaged file
 * is refused and the store is left as it was.
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
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                // everything before the end line is hashed; the end line vouches for it (BackupCheck)
                DigestOutputStream out = new DigestOutputStream(new BufferedOutputStream(gzip, 1 << 16) {
                    @Override public void close() { } // the end line follows
                }, BackupCheck.sha256());
                n = ReadTransactions.calculate(store.dataset(), () -> {
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
                out.flush();
                gzip.write(BackupCheck.endLine(n, out.getMessageDigest().digest()).getBytes(StandardCharsets.UTF_8));
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

    /**
     * Replaces the store's whole content with the backup's, in one transaction; answers the quads.
     * Commits only what the backup's own end line vouches for (count and checksum); anything
     * else, an empty, cut, altered or hostile file, is refused with one line and the store is
     * left as it was. The store is then marked as restored: {@code serve} keeps its curated
     * graphs instead of reloading data/ (unless told to with {@code --reload}).
     */
    public static long restore(KgStore store, Path file, PrintWriter progress) {
        if (!Files.isRegularFile(file)) throw new StoreException("no such backup: " + file);
        Dataset ds = store.dataset();
        DatasetGraph dsg = ds.asDatasetGraph();
        long[] count = {0};
        Optional<String> fingerprint;
        ds.begin(ReadWrite.WRITE);
        try (BackupCheck in = new BackupCheck(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
            dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY); // through the text index too, unlike clear()
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    dsg.add(q);
                    if (++count[0] % PROGRESS_EVERY == 0) {
                        progress.printf("… %,d quads%n", count[0]);
                        progress.flush();
                    }
                }

                @Override
                public void triple(org.apache.jena.graph.Triple t) {
                    dsg.add(Quad.create(Quad.defaultGraphIRI, t));
                    count[0]++;
                }
            });
            in.verify(count[0]);
            fingerprint = in.header().filter(h -> h.startsWith(FINGERPRINT)).map(h -> h.substring(FINGERPRINT.length()).strip());
            // recomputed from what was restored: a backup from before the derived graph has none,
            // and one of data written through the update endpoint may hold a stale one
            DerivedGraph.rebuild(dsg);
            ds.commit();
        } catch (IOException | RiotException | UncheckedIOException e) {
            ds.abort();
            throw new StoreException("not a complete scamkg backup (gzipped N-Quads): " + file + ": " + oneLine(e.getMessage()) + "; the store is unchanged");
        } catch (StoreException e) {
            ds.abort();
            throw new StoreException(file + ": " + e.getMessage() + "; the store is unchanged");
        } catch (RuntimeException e) {
            ds.abort();
            throw e;
        } finally {
            ds.end();
        }
        // the curated records the backup was loaded from: serve reloads only if data/ differs from them
        if (fingerprint.isPresent() && !fingerprint.get().equals("none")) DataFingerprint.recordLoaded(store.storeDir(), fingerprint.get());
        else DataFingerprint.forget(store.storeDir());
        DataFingerprint.markRestored(store.storeDir(), file.getFileName().toString());
        return count[0];
    }


    /** A parser's or decompressor's message as one short line. */
    private static String oneLine(String message) {
        String m = String.valueOf(message).replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
