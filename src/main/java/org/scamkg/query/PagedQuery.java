package org.scamkg.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.aggregate.AggregatorFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;

/**
 * The two queries behind a page of a SELECT question, built on its syntax tree (the {@code .rq}
 * text is never edited): the page itself, with the question's ORDER BY made total and a
 * LIMIT/OFFSET, and the count of the whole answer, the question as a sub-select under
 * {@code COUNT(*)}.
 * <p>
 * A page is only well defined if the order is total: two rows that tie on every sort key could
 * come in either order, and a row could then be on two pages or on none. So the keys the question
 * sorts by are followed by tie-breaks: for a grouped question its grouping keys (each row is one
 * group, so they tell rows apart), otherwise every projected column (rows that tie on all of them
 * are identical). Only variables are added, never an aggregate's alias, so the text stays portable.
 */
public final class PagedQuery {
    private PagedQuery() {}

    /** The rows {@code offset} to {@code offset + size - 1} of the question's answer, in its order made total. */
    public static Query page(Query question, long offset, int size) {
        Query q = question.cloneQuery();
        makeOrderTotal(q);
        // A question with its own LIMIT (links-between) is paged within it.
        long start = (q.hasOffset() ? q.getOffset() : 0) + offset;
        long limit = size;
        if (q.hasLimit()) limit = Math.max(0, Math.min(size, q.getLimit() - offset));
        q.setOffset(start);
        q.setLimit(limit);
        return q;
    }

    /** {@code SELECT (COUNT(*) AS ?total) { question }}: how many rows the whole answer has. */
    public static Query count(Query question) {
        Query inner = question.cloneQuery();
        // Order does not change a count, unless it picks the rows of a LIMIT.
        if (!inner.hasLimit() && !inner.hasOffset() && inner.hasOrderBy()) inner.getOrderBy().clear();
        // The prefixes are declared once, at the top: a PREFIX inside a sub-select is not SPARQL.
        inner.setPrefixMapping(new org.apache.jena.shared.impl.PrefixMappingImpl());
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(question.getPrefixMapping());
        Expr agg = count.allocAggregate(AggregatorFactory.createCount(false));
        count.addResultVar(Var.alloc("total"), agg);
        ElementGroup body = new ElementGroup();
        body.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(body);
        return count;
    }

    /** Adds the tie-breaks that make the question's order total (see the class comment). */
    static void makeOrderTotal(Query q) {
        Set<Var> sorted = new LinkedHashSet<>();
        if (q.hasOrderBy())
            for (SortCondition c : q.getOrderBy()) if (c.getExpression().isVariable()) sorted.add(c.getExpression().asVar());
        List<Var> breaks = q.hasGroupBy() ? q.getGroupBy().getVars() : q.hasAggregators() ? List.of() : q.getProjectVars();
        for (Var v : breaks)
            if (sorted.add(v)) q.addOrderBy(v, Query.ORDER_DEFAULT);
    }

    /** Whether the question's own ORDER BY already is total: no tie-break had to be added. */
    public static boolean orderIsTotal(Query question) {
        Query q = question.cloneQuery();
        int before = q.hasOrderBy() ? q.getOrderBy().size() : 0;
        makeOrderTotal(q);
        return (q.hasOrderBy() ? q.getOrderBy().size() : 0) == before;
    }
}
