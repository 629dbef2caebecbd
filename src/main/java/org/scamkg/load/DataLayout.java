package org.scamkg.load;

import java.nio.file.Path;

/**
 * Where the edited files live: {@code data/} (sources, registry, texts, names) and
 * {@code ontology/}. Paths shown to users are relative to the working directory when they can be.
 */
public record DataLayout(Path dataDir, Path ontologyDir) {
    public Path sourcesDir() { return dataDir.resolve("sources"); }
    public Path registryDir() { return dataDir.resolve("registry"); }
    public Path textsDir() { return dataDir.resolve("texts"); }

    /** The ontology files that make up the ontology graph (the shapes are kept apart). */
    public Path[] ontologyFiles() {
        return new Path[] { ontologyDir.resolve("scamkg.ttl"), ontologyDir.resolve("vocabularies.ttl") };
    }

    public Path shapesFile() { return ontologyDir.resolve("shapes.ttl"); }

}
