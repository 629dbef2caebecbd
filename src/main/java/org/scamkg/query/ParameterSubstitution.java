package org.scamkg.query;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
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
final class ParameterSubstitution {
    private ParameterSubstitution() {}

    static Query apply(Query query, Binding binding) {
        if (binding.isEmpty()) return query;
        Map<Var, Node> map = new HashMap<>();
        binding.forEach(map::put);
        return apply(query, map);
    }

    private static Query apply(Query query, Map<Var, Node> map) {
        Query top = QueryTransformOps.replaceVars(query, map);
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
}
