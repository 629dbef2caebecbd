package org.scamkg.store;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.common.NameNormaliser;

/**
 * Where the graph is read: the one seam between the code that reads the store (canned queries,
 * name search, statistics, pages, exports) and the engine that holds it. Two implementations:
 * {@link EmbeddedEngine}, the TDB2 store on disk with its Lucene name index, and
 * {@link EndpointEngine}, an external SPARQL 1.1 endpoint (Virtuoso, GraphDB, another Fuseki…).
 *
 * <p>Code that reads finds the engine of the {@link Dataset} it was given with {@link #of}: a
 * store opened from disk, or the read-only view {@link EndpointEngine#dataset()} of an endpoint.
 * Queries go to the engine whole (the endpoint runs them itself); code that walks the graph
 * triple by triple (labels, descriptions) reads the dataset, whose look-ups the endpoint view
 * answers with small SPARQL queries. Every method reads; nothing here writes.
 */
public interface KgEngine {
    /**
     * Runs a SELECT query (parameters already substituted) and answers its rows, materialised.
     * With {@code graphs}, the query sees only those graphs: their merge as its default graph and
     * them as its named graphs (FROM / FROM NAMED). {@code timeoutMillis} 0 means no limit.
     */
    RowSetRewindable select(Query query, Optional<List<String>> graphs, long timeoutMillis);

    /** Runs an ASK query, as {@link #select}. */
    boolean ask(Query query, Optional<List<String>> graphs, long timeoutMillis);

    /** Runs a CONSTRUCT or DESCRIBE query, as {@link #select}: the resulting graph, copied out. */
    Graph graph(Query query, Optional<List<String>> graphs, long timeoutMillis);

    /**
     * How names are searched: empty when the store has our full-text name index (jena-text);
     * otherwise the folding rules of the loader, for a search in SPARQL over the folded names it
     * wrote ({@code skg:normalisedName}).
     */
    Optional<NameNormaliser> nameFolding();

    /**
     * Whether a grouped question made of UNION branches is better sent one branch at a time
     * ({@code query.UnionBranches}): true for an endpoint, since Virtuoso refuses some such
     * questions whole (every branch is compiled, whatever its filters say) and answers each branch.
     * The embedded engine evaluates only the branches its filters let through, so it gets them whole.
     */
    default boolean asksUnionBranchesApart() { return false; }

    /** A few words for messages: "the store in run/store", "the SPARQL endpoint http://…". */
    String describe();

    /** The engine that holds {@code dataset}: the endpoint of an endpoint view, else the embedded store. */
    static KgEngine of(Dataset dataset) {
        if (dataset.asDatasetGraph() instanceof EndpointDatasetGraph view) return view.engine();
        return new EmbeddedEngine(dataset);
    }
}
