package org.scamkg.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scamkg.common.NameNormaliser;

/**
 * The embedded engine: ARQ over the TDB2 store (with its name index) inside a read
 * transaction. Results are copied out before the transaction ends.
 */
public final class EmbeddedEngine implements KgEngine {
    private final Dataset dataset;

    public EmbeddedEngine(Dataset dataset) { this.dataset = dataset; }

    @Override
    public RowSetRewindable select(Query query, Optional<List<String>> graphs, long timeoutMillis) {
        return ReadTransactions.calculate(dataset, () -> {
            try (QueryExec qe = build(query, graphs, timeoutMillis)) {
                RowSet rs = qe.select();
                // Copy every term out now: a store's bindings may decode their terms lazily,
                // which fails once the read transaction has ended.
                List<Binding> rows = new ArrayList<>();
                rs.forEachRemaining(b -> {
                    BindingBuilder copy = BindingBuilder.create();
                    b.forEach(copy::add);
                    rows.add(copy.build());
                });
                return RowSetStream.create(rs.getResultVars(), rows.iterator()).rewindable();
            }
        });
    }

    @Override
    public boolean ask(Query query, Optional<List<String>> graphs, long timeoutMillis) {
        return ReadTransactions.calculate(dataset, () -> {
            try (QueryExec qe = build(query, graphs, timeoutMillis)) {
                return qe.ask();
            }
        });
    }

    @Override
    public Graph graph(Query query, Optional<List<String>> graphs, long timeoutMillis) {
        return ReadTransactions.calculate(dataset, () -> {
            try (QueryExec qe = build(query, graphs, timeoutMillis)) {
                Graph g = GraphFactory.createDefaultGraph();
                (query.isConstructType() ? qe.construct() : qe.describe()).find().forEachRemaining(g::add);
                return g;
            }
        });
    }

    @Override
    public Optional<NameNormaliser> nameFolding() { return Optional.empty(); }

    @Override
    public String describe() { return "the embedded store"; }

    private QueryExec build(Query query, Optional<List<String>> graphs, long timeoutMillis) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        DatasetGraph target = graphs.map(gs -> {
            List<String> present = gs.stream().filter(g -> dsg.containsGraph(NodeFactory.createURI(g))).toList();
            return DynamicDatasets.dynamicDataset(DatasetDescription.create(present, present), dsg, false);
        }).orElse(dsg);
        QueryExecBuilder b = QueryExec.dataset(target).query(query);
        if (timeoutMillis > 0) b = b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        return b.build();
    }
}
