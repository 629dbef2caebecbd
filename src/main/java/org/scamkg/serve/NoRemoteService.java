package org.scamkg.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;

/**
 * Makes {@code SERVICE} impossible at the execution layer, whatever reached it: every
 * {@code SERVICE} ARQ is asked to run, in a query or an update, from any endpoint, is refused
 * before a connection is opened. {@link RemoteAccessGuard} refuses such requests from their
 * syntax first, with a clear 400; this is the line behind it, for a shape the guard might miss.
 * ARQ's own {@code httpServiceAllowed} switch is also turned off for the whole process.
 */
public final class NoRemoteService {
    static final String REFUSED = "SERVICE is not allowed on this server: no request may make it fetch remote data";
    private static boolean installed;

    private NoRemoteService() {}

    public static synchronized void install() {
        if (installed) return;
        ChainingServiceExecutorBulk refuse = (opService, input, execCxt, chain) -> {
            throw new QueryExecException(REFUSED);
        };
        // The registry every execution falls back on, emptied of its HTTP executor; and the same
        // refusal in ARQ's global context, which an execution consults first.
        ServiceExecutorRegistry global = ServiceExecutorRegistry.get();
        global.getSingleChain().clear();
        global.getBulkChain().clear();
        global.addBulkLink(refuse);
        ServiceExecutorRegistry.set(ARQ.getContext(), new ServiceExecutorRegistry().addBulkLink(refuse));
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        installed = true;
    }
}
