package org.scamkg.load;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The result of reading and mapping all records: one named graph per source, the registry and
 * the ontology, in memory, and the graphs this load owns.
 */
public record LoadedData(DatasetGraph dataset, List<String> graphs) {}
