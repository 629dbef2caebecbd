package org.scamkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;
import org.scamkg.common.DateValue;
import org.scamkg.store.KgEngine;
import org.scamkg.vocab.Ids;

/**
 * Runs a canned query, or any query file, against the store with its parameters bound as
 * terms and a time limit, on whichever engine holds the store ({@link KgEngine}: the embedded
 * TDB2 store or an external SPARQL endpoint). Results are handed back whole, so the caller may
 * print them at leisure.
 */
public final class QueryRunner {
    /** Whether a term is in a scheme, asked as a query so that either engine answers it. */
    private static Query inScheme(Node term, Node scheme) {
        return QueryFactory.create("ASK { " + FmtUtils.stringForNode(term) + " <" + SKOS.inScheme.getURI() + "> " + FmtUtils.stringForNode(scheme) + " }");
    }
    private final KgEngine engine;
    private final long timeoutMillis;

    /** Queries on the engine that holds {@code dataset} (the embedded store, or an endpoint's view: {@link KgEngine#of}). */
    public QueryRunner(Dataset dataset, long timeoutMillis) {
        this(KgEngine.of(dataset), timeoutMillis);
    }

    public QueryRunner(KgEngine engine, long timeoutMillis) {
        this.engine = engine;
        this.timeoutMillis = timeoutMillis;
    }

    /** Runs a SELECT query; answers its rows, materialised. */
    public RowSetRewindable select(CannedQuery q, Map<String, String> params) {
        return select(q, params, Optional.empty());
    }

    /**
     * Runs a canned SELECT query with user-given parameters, optionally as of a date (only the
     * sources published by then). Throws {@link ParameterException} for a bad value, including a
     * controlled term its scheme does not have.
     */
    public RowSetRewindable select(CannedQuery q, Map<String, String> params, Optional<DateValue> asOf) {
        Binding binding = ParameterBinder.bind(q, params);
        checkTerms(q, binding);
        return select(q.query(), binding, asOf);
    }

    /**
     * One page of a canned SELECT question ({@link PagedQuery}) and the size of the whole answer.
     * A cursor from another question, or for other parameters, is a {@link ParameterException}.
     * <p>
     * The question sorts its whole answer before any page of it can be cut (ORDER BY needs every
     * row), so asking for a page and then for a COUNT evaluated it twice: measured over HTTP at
     * about 200,000 quads, the first page then took 1.2–1.7 times as long as the whole answer.
     * So the answer is evaluated once, in its total order (the engine hands it over whole), its
     * size is the total, and the page is cut from it: a page costs the evaluation without
     * turning every row into text.
     */
    public Page page(CannedQuery q, Map<String, String> params, Optional<DateValue> asOf, PageRequest request) {
        Binding binding = ParameterBinder.bind(q, params);
        String key = Cursor.questionKey(q.name(), binding, asOf);
        long offset = request.cursor().map(c -> Cursor.decode(c, key)).orElse(0L);
        checkTerms(q, binding);
        if (request.isWhole()) {
            RowSetRewindable all = select(q.query(), binding, asOf);
            int n = (int) all.size();
            return new Page(all, n, 0, n, n, Optional.empty(), Optional.empty());
        }
        Query ordered = PagedQuery.ordered(q.query());
        RowSetRewindable all = select(ordered, binding, asOf);
        long total = all.size();
        List<Binding> rows = new ArrayList<>();
        for (long i = 0; all.hasNext() && rows.size() < request.size(); i++) {
            Binding b = all.next();
            if (i >= offset) rows.add(b);
        }
        int n = rows.size();
        Optional<String> next = offset + n < total ? Optional.of(Cursor.encode(offset + n, key)) : Optional.empty();
        Optional<String> previous = offset > 0 ? Optional.of(Cursor.encode(Math.max(0, offset - request.size()), key)) : Optional.empty();
        return new Page(RowSetStream.create(all.getResultVars(), rows.iterator()).rewindable(), n, offset, request.size(), total, next, previous);
    }

    public RowSetRewindable select(Query query, Binding binding) {
        return select(query, binding, Optional.empty());
    }

    public RowSetRewindable select(Query query, Binding binding, Optional<DateValue> asOf) {
        Query bound = ParameterSubstitution.apply(query, binding);
        Optional<List<String>> graphs = graphs(asOf);
        if (engine.asksUnionBranchesApart()) {
            Optional<UnionBranches> split = UnionBranches.of(bound);
            if (split.isPresent()) return split.get().select((branch, left) -> engine.select(branch, graphs, left), timeoutMillis);
        }
        return engine.select(bound, graphs, timeoutMillis);
    }

    public boolean ask(Query query, Binding binding, Optional<DateValue> asOf) {
        return engine.ask(ParameterSubstitution.apply(query, binding), graphs(asOf), timeoutMillis);
    }

    /** CONSTRUCT or DESCRIBE: the resulting graph, copied out of the transaction. */
    public Graph graph(Query query, Binding binding, Optional<DateValue> asOf) {
        return engine.graph(ParameterSubstitution.apply(query, binding), graphs(asOf), timeoutMillis);
    }

    /** The graphs an as-of view sees; none given means the whole store. */
    private Optional<List<String>> graphs(Optional<DateValue> asOf) {
        return asOf.map(d -> AsOfView.graphs(engine, d));
    }

    /** Every {@code vocab:<scheme>} parameter must name a term its scheme has. */
    private void checkTerms(CannedQuery q, Binding binding) {
        for (QueryParameter p : q.header().params().values()) {
            Node term = binding.get(p.name());
            if (term == null || p.scheme().isEmpty()) continue;
            boolean known = engine.ask(inScheme(term, NodeFactory.createURI(Ids.vocabScheme(p.scheme().get()))), Optional.empty(), timeoutMillis);
            if (!known) throw new ParameterException("parameter '" + p.name() + "': '" + Ids.shortForm(term.getURI()).replaceFirst("^.*/", "")
                    + "' is not a term of the " + p.scheme().get() + " scheme");
        }
    }

    /** The engine the queries run on. */
    public KgEngine engine() { return engine; }
}
