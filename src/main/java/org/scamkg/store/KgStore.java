package org.scamkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The scamkg store: a TDB2 database under {@code <store>/tdb2} with a Lucene name index under
 * {@code <store>/text}, opened from {@code fuseki-config/dataset.ttl} with the locations replaced
 * by the chosen store directory, so the loader, the query command and the server all open it
 * the same way (and every write keeps the index in step).
 */
public final class KgStore implements AutoCloseable {
    public static final String CONFIG_NS = "https://w3id.org/scamkg/config#";
    public static final Resource DATASET = ResourceFactory.createResource(CONFIG_NS + "dataset");
    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    private static final Property TDB2_LOCATION = ResourceFactory.createProperty(TDB2_NS, "location");
    private static final Property TEXT_DIRECTORY = ResourceFactory.createProperty("http://jena.apache.org/text#", "directory");

    private final Path storeDir;
    private final Path configDir;
    private Dataset dataset;

    private KgStore(Path storeDir, Path configDir, Dataset dataset) {
        this.storeDir = storeDir;
        this.configDir = configDir;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in {@code storeDir}, as described in {@code configDir}. */
    public static KgStore open(Path configDir, Path storeDir) {
        Model config = datasetConfig(configDir, storeDir);
        try {
            return new KgStore(storeDir, configDir, assemble(config));
        } catch (RuntimeException e) {
            // TDB2 allows one process per store: say so plainly rather than with the assembler's trace.
            for (Throwable t = e; t != null; t = t.getCause())
                if (t.getMessage() != null && t.getMessage().contains("Failed to get a lock"))
                    throw new StoreException("the store " + storeDir + " is in use by another process (a running server?): "
                            + "stop it, or give another --store", e);
            throw e;
        }
    }

    /**
     * The dataset description of {@code dataset.ttl}, pointed at {@code storeDir}. The server merges
     * it with its service description.
     */
    public static Model datasetConfig(Path configDir, Path storeDir) {
        Path file = configDir.resolve("dataset.ttl");
        if (!Files.isRegularFile(file)) throw new StoreException("store configuration not found: " + file);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, file.toString());
        Path base = storeDir.toAbsolutePath().normalize();
        List<Statement> locations = m.listStatements(null, TDB2_LOCATION, (RDFNode) null).toList();
        if (locations.isEmpty()) throw new StoreException(file + " has no tdb2:location to point at the store");
        for (Statement s : locations) {
            m.remove(s);
            m.add(s.getSubject(), TDB2_LOCATION, base.resolve("tdb2").toString());
        }
        for (Statement s : m.listStatements(null, TEXT_DIRECTORY, (RDFNode) null).toList()) {
            m.remove(s);
            m.add(s.getSubject(), TEXT_DIRECTORY, m.createResource(base.resolve("text").toUri().toString()));
        }
        return m;
    }

    public Dataset dataset() { return dataset; }

    private static Dataset assemble(Path configDir, Path storeDir) {
        return assemble(datasetConfig(configDir, storeDir));
    }

    private static Dataset assemble(Model config) {
        Dataset ds = DatasetFactory.assemble(config.getResource(DATASET.getURI()));
        prepare(ds);
        return ds;
    }

    /**
     * Makes a dataset assembled elsewhere from {@link #datasetConfig} (the server's) take part in
     * transactions as this class's do: only write transactions touch the name index ({@link NameIndexTransactions}).
     */
    public static void prepare(Dataset assembled) {
        NameIndexTransactions.install(assembled.asDatasetGraph());
    }

    /**
     * Replaces this store's database and name index by those of {@code staged} (a store directory
     * holding a complete, closed {@code tdb2} and {@code text}), and reopens. Only for a store that
     * was empty: its own files are deleted. The two directories are moved in by rename, on the same
     * file system, so a crash leaves either the empty store or the new one (at worst without its
     * name index, which the next load rebuilds).
     */
    void replaceWithStaged(Path staged) {
        close();
        Path tdb2 = storeDir.resolve("tdb2");
        Path text = storeDir.resolve("text");
        try {
            deleteTree(tdb2);
            deleteTree(text);
            Files.move(staged.resolve("tdb2"), tdb2, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.move(staged.resolve("text"), text, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            deleteTree(staged);
        } catch (java.io.IOException e) {
            throw new StoreException("could not move the bulk-loaded database into " + storeDir + ": " + e.getMessage(), e);
        } finally {
            dataset = assemble(configDir, storeDir);
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    public Path storeDir() { return storeDir; }

    public Path configDir() { return configDir; }

    /** True when the store has never been loaded (no quads at all). */
    public boolean isEmpty() {
        return ReadTransactions.calculate(dataset, () -> dataset.asDatasetGraph().isEmpty());
    }

    /**
     * Closes the store and releases its files (the text index's lock and the TDB2 database), so
     * another process, or this one, can open it again.
     */
    @Override
    public void close() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dataset.close();
        while (dsg instanceof DatasetGraphWrapper w && !TDBInternal.isTDB2(dsg)) dsg = w.getWrapped();
        if (TDBInternal.isTDB2(dsg)) TDBInternal.expel(dsg);
    }
}
