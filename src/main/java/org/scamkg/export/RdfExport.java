package org.scamkg.export;

import java.io.OutputStream;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.scamkg.store.DerivedGraph;
import org.scamkg.store.ReadTransactions;
import org.scamkg.store.StoreException;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Prefixes;

/**
 * Writes the store, or one named graph of it, in an RDF format. Runs in one read transaction,
 * so the file is a consistent snapshot even while a load runs.
 */
public final class RdfExport {
    private RdfExport() {}

    /** Writes and answers the number of triples (or quads) written. */
    public static long write(Dataset store, RdfFormat format, Optional<String> graph, OutputStream out) {
        return ReadTransactions.calculate(store, () -> {
            // The whole dataset leaves out the derived graph: nothing in it is a source's claim (asked
            // for by name, it is written, and says of itself that it is derived).
            DatasetGraph dsg = graph.isPresent() ? store.asDatasetGraph() : DerivedGraph.without(store.asDatasetGraph());
            if (graph.isPresent() && !dsg.containsGraph(NodeFactory.createURI(graph.get())))
                throw new StoreException("no graph " + graph.get() + " in the store");
            DatasetGraph selected = graph.map(g -> single(dsg, g)).orElse(dsg);
            if (format == RdfFormat.JSONLD) {
                JsonLdWriter.write(selected, context(dsg), out);
                return selected.stream().count();
            }
            if (format.quads) {
                // Our prefixes on a view: the store's own prefix table is not written in a read.
                PrefixMap prefixes = PrefixMapFactory.create(Prefixes.standard());
                DatasetGraph view = new DatasetGraphWrapper(selected) {
                    @Override public PrefixMap prefixes() { return prefixes; }
                };
                RDFWriter.source(view).format(format.jenaFormat).output(out);
                return selected.stream().count();
            }
            Graph triples = graph.isPresent() ? selected.getGraph(NodeFactory.createURI(graph.get())) : dsg.getUnionGraph();
            PrefixMapping pm = Prefixes.standard();
            Graph view = new WrappedGraph(triples) {
                @Override public PrefixMapping getPrefixMapping() { return pm; }
            };
            RDFDataMgr.write(out, view, format.jenaFormat);
            return (long) triples.size();
        });
    }

    /** The JSON-LD context, made from the ontology graph in the store. */
    public static JsonObject context(DatasetGraph dsg) {
        Graph ontology = dsg.getGraph(NodeFactory.createURI(Ids.ONTOLOGY_GRAPH));
        return JsonLdContext.of(ModelFactory.createModelForGraph(ontology));
    }

    private static DatasetGraph single(DatasetGraph dsg, String graph) {
        DatasetGraph one = DatasetGraphFactory.createGeneral();
        one.addGraph(NodeFactory.createURI(graph), dsg.getGraph(NodeFactory.createURI(graph)));
        return one;
    }
}
