package org.scamkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query operation with this server's rules: a query with {@code SERVICE} is
 * refused with 400 before it runs; every query gets the server's time limit (a protocol
 * {@code ?timeout=} may lower it, never raise it); and a result is cut at the row limit: a query
 * without {@code LIMIT}, or with a larger one, runs with {@code LIMIT maxRows} and the reply
 * says so in the {@value #ROW_LIMIT_HEADER} header (results stream, so the cut cannot be told
 * in the body). Settings go into the request's own context, so two servers in one JVM keep
 * their own limits.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    static final String ROW_LIMIT_HEADER = "X-Scamkg-Row-Limit";
    private final long timeoutMillis;
    private final long maxRows;

    GuardedQuery(long timeoutMillis, long maxRows) {
        this.timeoutMillis = timeoutMillis;
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        RemoteAccessGuard.check(query).ifPresent(ServletOps::errorBadRequest);
        action.getContext().set(ARQ.httpServiceAllowed, false);
        if (timeoutMillis > 0) action.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        if (maxRows > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(ROW_LIMIT_HEADER, Long.toString(maxRows));
        }
    }
}
