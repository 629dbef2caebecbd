package org.scamkg.load;

import org.apache.jena.graph.Graph;

/**
 * Where a load sends each named graph once it is mapped and checked: the store's write
 * transaction, a collector in memory, or nothing (validation only). A load that ends with
 * problems throws after the graphs were sent, so a sink must be able to discard them (the store
 * aborts its transaction).
 */
@FunctionalInterface
public interface GraphSink {
    void accept(String graphIri, Graph graph);
}
