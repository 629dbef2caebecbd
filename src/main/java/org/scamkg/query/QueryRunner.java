package org.scamkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Runs a canned query, or any query file, against the store with its parameters bound as
 * terms and a time limit. Results are read inside a read transaction and handed back whole,
 * so the caller may print them at leisure.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final long timeoutMillis;

    public QueryRunner(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** Runs a SELECT query; answers its rows, materialised. */
    public RowSetRewindable select(CannedQuery q, Map<String, String> params) {
        Binding binding = ParameterBinder.bind(q, params);
        return select(q.query(), binding);
    }

    public RowSetRewindable select(Query query, Binding binding) {
        return dataset.calculateRead(() -> {
            try (QueryExec qe = build(query, binding)) {
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

    public boolean ask(Query query, Binding binding) {
        return dataset.calculateRead(() -> {
            try (QueryExec qe = build(query, binding)) {
                return qe.ask();
            }
        });
    }

    /** CONSTRUCT or DESCRIBE: the resulting graph, copied out of the transaction. */
    public Graph graph(Query query, Binding binding) {
        return dataset.calculateRead(() -> {
            try (QueryExec qe = build(query, binding)) {
                Graph g = GraphFactory.createDefaultGraph();
                (query.isConstructType() ? qe.construct() : qe.describe()).find().forEachRemaining(g::add);
                return g;
            }
        });
    }

    private QueryExec build(Query query, Binding binding) {
        QueryExecBuilder b = QueryExec.dataset(dataset.asDatasetGraph()).query(query).substitution(binding);
        if (timeoutMillis > 0) b = b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        return b.build();
    }
}
