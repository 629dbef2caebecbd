package org.scamkg.serve;

import java.util.Optional;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.scamkg.store.EndpointEngine;

/**
 * Fuseki's SPARQL query operation with this server's rules: a query with {@code SERVICE} is
 * refused with 400 before it runs; every query gets the server's time limit (a protocol
 * {@code ?timeout=} may lower it, never raise it); and a result is cut at the row limit: a query
 * without {@code LIMIT}, or with a larger one, runs with {@code LIMIT maxRows} and the reply
 * says so in the {@value #ROW_LIMIT_HEADER} header (results stream, so the cut cannot be told
 * in the body). Settings go into the request's own context, so two servers in one JVM keep
 * their own limits. REGEX and REPLACE run bounded by the same limit ({@link BoundedRegex}).
 * Against an external engine ({@code serve --sparql}) each query is forwarded to that endpoint
 * only, after {@link EndpointQueryGuard}'s checks, with the same row and time limits.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    static final String ROW_LIMIT_HEADER = "X-Scamkg-Row-Limit";
    private final long timeoutMillis;
    private final long maxRows;
    private final Optional<EndpointEngine> engine;

    GuardedQuery(long timeoutMillis, long maxRows) {
        this(timeoutMillis, maxRows, Optional.empty());
    }

    /** With an engine, every query is forwarded to that external endpoint (and only there) instead of run here. */
    GuardedQuery(long timeoutMillis, long maxRows, Optional<EndpointEngine> engine) {
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
        this.engine = engine;
    }

    /**
     * The query as it runs: here, with REGEX and REPLACE stopping at the time limit (see
     * {@link BoundedRegex}); or on the external engine, as standard SPARQL text with the time
     * limit as its HTTP timeout.
     */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (engine.isPresent()) return engine.get().exec(query, timeoutMillis);
        return super.createQueryExec(action, BoundedRegex.rewrite(query), dataset);
    }

    /** The external engine gets the query as written (its FROM clauses checked); no local view is built. */
    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        if (engine.isPresent()) return Pair.create(action.getActiveDSG(), query);
        return super.decideDataset(action, query, queryStringLog);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        RemoteAccessGuard.check(query).ifPresent(ServletOps::errorBadRequest);
        if (engine.isPresent()) {
            EndpointQueryGuard.check(query).ifPresent(ServletOps::errorBadRequest);
            if (action.getRequestParameter("default-graph-uri") != null || action.getRequestParameter("named-graph-uri") != null)
                ServletOps.errorBadRequest("default-graph-uri and named-graph-uri are not offered here: write FROM in the query");
        }
        // JSONP would wrap results in a caller-named function, a script any site may include
        if (action.getRequestParameter("callback") != null)
            ServletOps.errorBadRequest("JSONP (callback=) is not offered: read the JSON results with a normal request");
        action.getContext().set(ARQ.httpServiceAllowed, false);
        if (timeoutMillis > 0) {
            action.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            action.getContext().set(BoundedRegex.DEADLINE, System.nanoTime() + timeoutMillis * 1_000_000);
        }
        if (maxRows > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        }
    }
}
