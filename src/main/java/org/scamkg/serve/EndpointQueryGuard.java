package org.scamkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.vocabulary.XSD;
import org.scamkg.vocab.Ids;

/**
 * What {@code /kg/sparql} checks before it forwards a query to an external engine, on top of
 * what it checks for any query (no SERVICE, {@link RemoteAccessGuard}). The engine is the
 * server's own, so a request must not be able to use the engine's extensions: only standard
 * SPARQL 1.1 is forwarded (re-written from Jena's parse, so no engine pragma survives), calls of
 * functions by IRI are refused except the XSD casts (Virtuoso's {@code bif:} and {@code sql:}
 * functions reach its SQL layer, including URL fetches), and FROM / FROM NAMED may name only
 * the store's graphs (an engine that can fetch a graph it does not hold must not be told to).
 */
final class EndpointQueryGuard {
    private EndpointQueryGuard() {}

    /** Why the query is refused, or empty when it may be forwarded. */
    static Optional<String> check(Query query) {
        try {
            QueryFactory.create(query.serialize(), Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            return Optional.of("this server forwards standard SPARQL 1.1 only to its engine: " + e.getMessage());
        }
        List<String> graphs = new ArrayList<>(query.getGraphURIs());
        graphs.addAll(query.getNamedGraphURIs());
        for (String g : graphs)
            if (!g.startsWith(Ids.GRAPH))
                return Optional.of("FROM <" + g + ">: only the store's graphs (under " + Ids.GRAPH + ") may be named here");
        TreeSet<String> functions = new TreeSet<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN f) {
                if (f instanceof E_Function call && !call.getFunctionIRI().startsWith(XSD.getURI())) functions.add(call.getFunctionIRI());
            }
        });
        if (!functions.isEmpty())
            return Optional.of("functions called by IRI are not forwarded to this server's engine (only the XSD casts): <"
                    + String.join(">, <", functions) + ">");
        return Optional.empty();
    }
}
