package org.scamkg.serve;

import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Finds what would make the server fetch something from elsewhere: {@code SERVICE} anywhere in a
 * query or an update's pattern (sub-queries, {@code EXISTS} and {@code NOT EXISTS} included), and
 * {@code LOAD} in an update. The server refuses such requests before running them; the execution
 * layer refuses every SERVICE as well ({@link NoRemoteService}), as a second line.
 *
 * <p>The search runs over the SPARQL algebra, not the syntax: compiling inlines sub-queries and
 * gives each {@code EXISTS} its own pattern, and Jena's walker enters both.
 */
final class RemoteAccessGuard {
    static final String SERVICE_REFUSED = "SERVICE is not allowed on this server: a request may not make it fetch remote data";

    private RemoteAccessGuard() {}

    /** Why the query is refused, or empty when it is safe. */
    static Optional<String> check(Query query) {
        return hasService(Algebra.compile(query)) ? Optional.of(SERVICE_REFUSED) : Optional.empty();
    }

    static Optional<String> check(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load)
                return Optional.of("LOAD is not allowed on this server (LOAD <" + load.getSource() + ">): upload the data with the Graph Store Protocol instead");
            // INSERT/DELETE … WHERE: the only update form with a pattern that could hold SERVICE.
            if (u instanceof UpdateModify m && m.getWherePattern() != null && hasService(m.getWherePattern()))
                return Optional.of(SERVICE_REFUSED);
        }
        return Optional.empty();
    }

    private static boolean hasService(Element pattern) {
        return hasService(Algebra.compile(pattern));
    }

    private static boolean hasService(Op op) {
        boolean[] found = {false};
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) { found[0] = true; }
        }, new ExprVisitorBase());
        return found[0];
    }
}
