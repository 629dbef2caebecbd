package org.scamkg.query;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Replaces parameter variables by their RDF terms in the query's syntax tree, sub-queries
 * included. Jena's own substitution stops at sub-queries (their variables are private to them),
 * but a parameter of a canned query means the same everywhere in it. Terms replace variables as
 * nodes of the tree: no text is ever pasted into the query.
 */
public final class ParameterSubstitution {
    private ParameterSubstitution() {}

    public static Query apply(Query query, Binding binding) {
        if (binding.isEmpty()) return query;
        Map<Var, Node> map = new HashMap<>();
        binding.forEach(map::put);
        return apply(query, map);
    }

    private static Query apply(Query query, Map<Var, Node> map) {
        Query top = dropConstantGroupKeys(QueryTransformOps.replaceVars(query, map));
        if (top.getQueryPattern() == null) return top;
        Element pattern = ElementTransformer.transform(top.getQueryPattern(), new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementSubQuery el, Query inner) {
                return new ElementSubQuery(apply(el.getQuery(), map));
            }
        }, new ExprTransformCopy());
        top.setQueryPattern(pattern);
        return top;
    }

    /**
     * A parameter that was a grouping key is now a constant: grouping by it changes nothing, and
     * written as {@code GROUP BY (<iri> AS ?x)} beside {@code (<iri> AS ?x)} in SELECT the query
     * would no longer parse (the editor shows it as text). So such keys are dropped, and
     * constant sort keys likewise.
     */
    private static Query dropConstantGroupKeys(Query q) {
        // The same for sort keys: ORDER BY <iri> neither sorts nor parses.
        if (q.hasOrderBy()) q.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        if (!q.hasGroupBy()) return q;
        VarExprList keys = q.getGroupBy();
        VarExprList kept = new VarExprList();
        for (Var v : keys.getVars()) {
            Expr e = keys.getExpr(v);
            if (e == null) kept.add(v);
            else if (!e.isConstant()) kept.add(v, e);
        }
        keys.clear();
        kept.forEachVarExpr(keys::add);
        return q;
    }
}
