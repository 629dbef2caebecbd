package org.scamkg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.lib.FileOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.scamkg.store.KgStore;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutputs;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;

/**
 * Load throughput, side by side on the same triples: our loader (records → checked graphs →
 * TDB2 with its text index, as {@code bin/scamkg load} runs it, in its own JVM with a 2 GiB
 * heap), Jena's TDB2 bulk loader (the default, phased) on the N-Quads our store exports, and
 * RDF4J's NativeStore on the same N-Quads (and Virtuoso's bulk loader: {@link VirtuosoBench}).
 */
final class LoadBench {
    /** One loader's run: quads, seconds, quads per second, store size, peak heap (MiB, -1 when not measured). */
    record Run(String loader, long quads, double seconds, long storeBytes, long peakHeapMiB) {
        double perSecond() { return quads / seconds; }
    }

    static final String HEAP = "-Xmx2g";

    private LoadBench() {}

    /** {@code bin/scamkg load} in its own JVM, with a GC log for the peak heap. */
    static Run ours(Path project, Path data, Path store, Path work) throws Exception {
        FileOps.clearAll(store.toFile());
        Path gc = work.resolve("gc-load.log");
        long t0 = System.nanoTime();
        String out = Subprocess.scamkg(project, List.of(HEAP, "-Xlog:gc:file=" + gc),
                List.of("load", "--data", data.toString(), "--store", store.toString()), work.resolve("load.log"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        Matcher m = Pattern.compile("loaded \\d+ graphs, (\\d+) quads").matcher(out);
        if (!m.find()) throw new IllegalStateException("load did not report its quads: " + out);
        return new Run("scamkg load (TDB2 + text index)", Long.parseLong(m.group(1)), seconds, Stats.directorySize(store), Stats.peakHeapMiB(gc));
    }

    /**
     * Every quad of our store as N-Quads, the derived graph included (unlike {@code scamkg export},
     * which leaves it out): the peers must hold what our queries read, or they answer other rows.
     */
    static Path dumpNQuads(Path project, Path store, Path work) throws IOException {
        Path nq = work.resolve("all.nq");
        try (KgStore kg = KgStore.open(project.resolve("fuseki-config"), store);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 20)) {
            DatasetGraph dsg = kg.dataset().asDatasetGraph();
            dsg.executeRead(() -> RDFDataMgr.write(out, dsg, Lang.NQUADS));
        }
        return nq;
    }

    /** Jena's TDB2 phased bulk loader (the default of tdb2.tdbloader) on the N-Quads. */
    static Run jenaBulk(Path nq, Path store) {
        FileOps.clearAll(store.toFile());
        FileOps.ensureDir(store.toString());
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        long t0 = System.nanoTime();
        loader.startBulk();
        try {
            loader.load(nq.toString());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long quads = loader.countQuads() + loader.countTriples();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        return new Run("Jena TDB2 bulk loader (phased)", quads, seconds, Stats.directorySize(store), -1);
    }

    /** RDF4J NativeStore with SPOC, POSC and CSPO indexes, the N-Quads added in transactions of a million. */
    static Run rdf4jNative(Path nq, Path store) throws IOException {
        FileOps.clearAll(store.toFile());
        SailRepository repo = new SailRepository(new NativeStore(store.toFile(), "spoc,posc,cspo"));
        repo.init();
        long t0 = System.nanoTime();
        long quads;
        try (RepositoryConnection c = repo.getConnection()) {
            c.begin(IsolationLevels.NONE);
            c.add(nq.toFile(), null, RDFFormat.NQUADS);
            c.commit();
            quads = c.size();
        } finally {
            repo.shutDown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        // NativeStore 5.2.0 leaves txn-status empty after this load and then fails to reopen the
        // store (EOFException in TxnStatusFile.getTxnStatus); one zero byte is its "no transaction".
        Path status = store.resolve("txn-status");
        if (Files.exists(status) && Files.size(status) == 0) Files.write(status, new byte[] {0});
        return new Run("RDF4J NativeStore", quads, seconds, Stats.directorySize(store), -1);
    }

}
