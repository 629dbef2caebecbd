package org.scamkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with this server's rules: a query with {@code SERVICE} is
 * refused with 400 before it runs; every query gets the server's time limit (a protocol
 * {@code ?timeout=} may lower it, never raise it); and a result is cut at the row limit: a query
 * without {@code LIMIT}, or with a larger one, runs with {@code LIMIT maxRows} and the reply
 * says so in the {@value #ROW_LIMIT_HEADER} header (results stream, so the cut cannot be told
 * in the body). Settings go into the request's own context, so two servers in one JVM keep
 * their own limits. REGEX and REPLACE run bounded by the same limit ({@link BoundedRegex}).
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    static final String ROW_LIMIT_HEADER = "X-Scamkg-Row-Limit";
    private final long timeoutMillis;
    private final long maxRows;

    GuardedQuery(long timeoutMillis, long maxRows) {
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    /** The query as it runs: REGEX and REPLACE stop at the time limit (see {@link BoundedRegex}). */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return super.createQueryExec(action, BoundedRegex.rewrite(query), dataset);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        RemoteAccessGuard.check(query).ifPresent(ServletOps::errorBadRequest);
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
