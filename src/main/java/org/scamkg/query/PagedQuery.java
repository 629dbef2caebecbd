package org.scamkg.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;

/**
 * The query pages are cut from: a SELECT question with its ORDER BY made total, built on its
 * syntax tree (the {@code .rq} text is never edited).
 * <p>
 * A page is only well defined if the order is total: two rows that tie on every sort key could
 * come in either order, and a row could then be on two pages or on none. So the keys the question
 * sorts by are followed by tie-breaks: for a grouped question its grouping keys (each row is one
 * group, so they tell rows apart), otherwise every projected column (rows that tie on all of them
 * are identical). Only variables are added, never an aggregate's alias, so the text stays portable.
 */
public final class PagedQuery {
    private PagedQuery() {}

    /** The whole answer in the question's order made total: what pages are cut from. */
    public static Query ordered(Query question) {
        Query q = question.cloneQuery();
        makeOrderTotal(q);
        return q;
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
