package org.scamkg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update operation with this server's rules: the request body is bounded, and
 * an update with {@code LOAD} or {@code SERVICE} is refused with 400 before anything runs.
 * Only reachable with credentials (see {@code fuseki-config/write-endpoints.ttl}).
 */
final class GuardedUpdate extends SPARQL_Update {
    /** Larger updates are bulk loads: use {@code bin/scamkg load} or the Graph Store Protocol. */
    static final int MAX_UPDATE_BYTES = 10 * 1024 * 1024;

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
            request = UpdateFactory.read(new ByteArrayInputStream(body), "http://server/unset-base/", Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException e) {
            ServletOps.errorBadRequest(e.getMessage());
            return;
        }
        RemoteAccessGuard.check(request).ifPresent(ServletOps::errorBadRequest);
        action.getContext().set(ARQ.httpServiceAllowed, false);
        super.execute(action, new ByteArrayInputStream(body));
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
