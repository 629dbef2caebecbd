package org.scamkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The scamkg store: a TDB2 database under {@code <store>/tdb2}, opened from
 * {@code fuseki-config/dataset.ttl} with the location replaced by the chosen store directory,
 * so the loader, the query command and the server all open it the same way.
 */
public final class KgStore implements AutoCloseable {
    public static final String CONFIG_NS = "https://w3id.org/scamkg/config#";
    public static final Resource DATASET = ResourceFactory.createResource(CONFIG_NS + "dataset");
    private static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    private static final Property TDB2_LOCATION = ResourceFactory.createProperty(TDB2_NS, "location");

    private final Path storeDir;
    private final Dataset dataset;

    private KgStore(Path storeDir, Dataset dataset) {
        this.storeDir = storeDir;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in {@code storeDir}, as described in {@code configDir}. */
    public static KgStore open(Path configDir, Path storeDir) {
        Model config = datasetConfig(configDir, storeDir);
        try {
            return new KgStore(storeDir, DatasetFactory.assemble(config.getResource(DATASET.getURI())));
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
        Path tdb = storeDir.toAbsolutePath().normalize().resolve("tdb2");
        List<Statement> locations = m.listStatements(null, TDB2_LOCATION, (String) null).toList();
        if (locations.isEmpty()) throw new StoreException(file + " has no tdb2:location to point at the store");
        for (Statement s : locations) {
            m.remove(s);
            m.add(s.getSubject(), TDB2_LOCATION, tdb.toString());
        }
        return m;
    }

    public Dataset dataset() { return dataset; }

    public Path storeDir() { return storeDir; }

    /** True when the store has never been loaded (no quads at all). */
    public boolean isEmpty() {
        return dataset.calculateRead(() -> dataset.asDatasetGraph().isEmpty());
    }

    /** Closes the store and releases its files, so another process (or this one) can open it again. */
    @Override
    public void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
