package org.scamkg.serve;

import java.util.Optional;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;

/**
 * Finds what would make the server fetch something from elsewhere: {@code SERVICE} in a query
 * or an update's pattern, and {@code LOAD} in an update. The server refuses such requests
 * before running them (ARQ's own SERVICE switch is also off, as a second line).
 */
final class RemoteAccessGuard {
    private RemoteAccessGuard() {}

    /** Why the query is refused, or empty when it is safe. */
    static Optional<String> check(Query query) {
        return query.getQueryPattern() != null && hasService(query.getQueryPattern())
                ? Optional.of("SERVICE is not allowed on this server: a query may not make it fetch remote data")
                : Optional.empty();
    }

    static Optional<String> check(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load)
                return Optional.of("LOAD is not allowed on this server (LOAD <" + load.getSource() + ">): upload the data with the Graph Store Protocol instead");
            // INSERT/DELETE … WHERE: the only update form with a pattern that could hold SERVICE.
            if (u instanceof UpdateModify m && m.getWherePattern() != null && hasService(m.getWherePattern()))
                return Optional.of("SERVICE is not allowed on this server: an update may not make it fetch remote data");
        }
        return Optional.empty();
    }

    private static boolean hasService(Element e) {
        boolean[] found = {false};
        ElementWalker.walk(e, new ElementVisitorBase() {
            @Override public void visit(ElementService el) { found[0] = true; }
        });
        return found[0];
    }
}
