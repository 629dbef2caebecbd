package org.scamkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;

/**
 * Fuseki's SPARQL query operation with this server's rules: a query with {@code SERVICE} is
 * refused with 400 before it runs, and every query gets the server's time limit (a protocol
 * {@code ?timeout=} may lower it, never raise it). Settings go into the request's own context,
 * so two servers in one JVM keep their own limits.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final long timeoutMillis;

    GuardedQuery(long timeoutMillis) { this.timeoutMillis = timeoutMillis; }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        RemoteAccessGuard.check(query).ifPresent(ServletOps::errorBadRequest);
        action.getContext().set(ARQ.httpServiceAllowed, false);
        if (timeoutMillis > 0) action.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
    }
}
