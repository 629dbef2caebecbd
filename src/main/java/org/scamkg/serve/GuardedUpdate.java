package org.scamkg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.exec.UpdateExecBuilder;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.modify.UsingList;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update operation with this server's rules: the request body is bounded; an
 * update with {@code LOAD} or {@code SERVICE} is refused with 400 before anything runs; and an
 * update runs under the same time limit as a query, with REGEX and REPLACE bounded by it too
 * ({@link BoundedRegex}). An update stopped at the limit is rolled back whole (503). Fuseki's own
 * execution passes no context to the update, so the limit could not reach it: the update is run
 * here, in the action's write transaction. Only reachable with credentials (see
 * {@code fuseki-config/write-endpoints.ttl}).
 */
final class GuardedUpdate extends SPARQL_Update {
    /** Larger updates are bulk loads: use {@code bin/scamkg load} or the Graph Store Protocol. */
    static final int MAX_UPDATE_BYTES = 10 * 1024 * 1024;
    private static final String BASE = "http://server/unset-base/";
    private final long timeoutMillis;

    GuardedUpdate(long timeoutMillis) { this.timeoutMillis = timeoutMillis; }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = readBounded(input);
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        if (body == null) {
            ServletOps.error(413, "update larger than " + MAX_UPDATE_BYTES + " bytes");
            return;
        }
        UpdateRequest request;
        try {
            request = UpdateFactory.read(usingList(action), new ByteArrayInputStream(body), BASE, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        RemoteAccessGuard.check(request).ifPresent(ServletOps::errorBadRequest);
        run(action, BoundedRegex.rewrite(request));
    }

    private void run(HttpAction action, UpdateRequest request) {
        action.beginWrite();
        try {
            UpdateExecBuilder exec = UpdateExec.dataset(action.getActiveDSG()).update(request).set(ARQ.httpServiceAllowed, false);
            if (timeoutMillis > 0)
                exec = exec.timeout(timeoutMillis, TimeUnit.MILLISECONDS).set(BoundedRegex.DEADLINE, System.nanoTime() + timeoutMillis * 1_000_000);
            exec.execute();
            action.commit();
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ServletOps.error(503, "the update stopped at the time limit of " + timeoutMillis / 1000 + " s; nothing was changed");
        } catch (UpdateException | QueryBuildException | QueryExecException | ExprEvalException e) {
            action.abortSilent();
            ServletOps.errorBadRequest(e.getMessage());
        } catch (RuntimeException e) {
            action.abortSilent();
            throw e;
        } finally {
            action.endWrite();
        }
    }

    /** The protocol's {@code using-graph-uri} and {@code using-named-graph-uri}, as Fuseki reads them. */
    private static UsingList usingList(HttpAction action) {
        UsingList using = new UsingList();
        String[] graphs = action.getRequest().getParameterValues("using-graph-uri");
        if (graphs != null) for (String g : graphs) using.addUsing(NodeFactory.createURI(g));
        String[] named = action.getRequest().getParameterValues("using-named-graph-uri");
        if (named != null) for (String g : named) using.addUsingNamed(NodeFactory.createURI(g));
        return using;
    }

    /** The whole body, or null when it exceeds the limit. */
    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] buf = in.readNBytes(MAX_UPDATE_BYTES + 1);
        if (buf.length > MAX_UPDATE_BYTES) {
            IO.skipToEnd(in);
            return null;
        }
        return buf;
    }
}
