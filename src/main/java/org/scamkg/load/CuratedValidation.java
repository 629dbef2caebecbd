package org.scamkg.load;

import org.scamkg.validate.ShaclGate;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.scamkg.common.LoadException;

/**
 * Reads, maps and validates the curated records: everything a load does short of writing.
 * Used by {@code validate} alone and by {@code load} and {@code serve}, which pass the store's
 * write transaction as the sink.
 */
public final class CuratedValidation {
    private CuratedValidation() {}

    /** Streams each checked graph to {@code sink}; throws {@link LoadException} with every reading, assertion or shape problem. */
    public static CuratedDataLoader.Summary run(DataLayout layout, GraphSink sink, PrintWriter progress) {
        return new CuratedDataLoader(layout).load(ShaclGate.fromFile(layout.shapesFile()), sink, progress);
    }

    /** The validated data in memory, for small trees (tests, tools); throws {@link LoadException}. */
    public static LoadedData run(DataLayout layout) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        List<String> graphs = new ArrayList<>();
        run(layout, (iri, g) -> {
            dsg.addGraph(NodeFactory.createURI(iri), g);
            graphs.add(iri);
        }, new PrintWriter(Writer.nullWriter()));
        return new LoadedData(dsg, graphs);
    }
}
