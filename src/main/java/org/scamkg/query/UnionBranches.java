package org.scamkg.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * A grouped question whose pattern is a UNION of branches, asked one branch at a time and the
 * answers merged: how an external endpoint is asked such a question.
 * <p>
 * Why: Virtuoso 7.2.5 compiles every branch of a UNION whatever its filters say, and refuses
 * {@code links-between}'s five branches as one query (its memory pool, SQ200, or "the resulting
 * SQL query is abnormally long", SP031, as the text was before), while each branch of up to four
 * hops alone compiles and answers. Sent apart, the branches a constant filter rules out (such
 * as {@code FILTER(3 >= 4)} once {@code max_hops} is bound) are not sent at all.
 * <p>
 * The merged rows are the whole question's only when no group and no row can come from two
 * branches, so a question is split only when all of these hold (else {@link #of} is empty and the
 * question goes whole): its pattern is the UNION followed by nothing but BINDs and FILTERs; it
 * groups; one of its grouping keys, also a projected column, is bound in every branch (a BIND at
 * the branch's top level) to a constant that differs from branch to branch; and each sort key is
 * a projected variable, so the merged rows can be sorted again. Each branch is sent with the
 * question's select list, grouping, order and a limit of the question's offset plus limit; the
 * merge sorts, then applies the offset and limit.
 */
public final class UnionBranches {
    private final Query whole;
    private final List<Query> branches;

    private UnionBranches(Query whole, List<Query> branches) {
        this.whole = whole;
        this.branches = branches;
    }

    /** The question split into the branches to send, or empty when it may not be split (see the class comment). */
    public static Optional<UnionBranches> of(Query q) {
        if (!q.isSelectType() || !q.hasGroupBy() || !(q.getQueryPattern() instanceof ElementGroup top)) return Optional.empty();
        List<Element> elements = top.getElements();
        if (elements.isEmpty() || !(elements.get(0) instanceof ElementUnion union) || union.getElements().size() < 2) return Optional.empty();
        List<Element> after = elements.subList(1, elements.size());
        if (!after.stream().allMatch(e -> e instanceof ElementBind || e instanceof ElementFilter)) return Optional.empty();
        Set<Var> projected = new HashSet<>(q.getProjectVars());
        if (q.hasOrderBy())
            for (SortCondition c : q.getOrderBy())
                if (!c.getExpression().isVariable() || !projected.contains(c.getExpression().asVar())) return Optional.empty();
        if (!hasBranchKey(q, union.getElements(), projected)) return Optional.empty();

        List<Query> sent = new ArrayList<>();
        for (Element branch : union.getElements()) {
            if (ruledOut(branch)) continue;
            ElementGroup pattern = new ElementGroup();
            pattern.addElement(branch);
            after.forEach(pattern::addElement);
            Query b = q.cloneQuery();
            b.setQueryPattern(pattern);
            b.setOffset(Query.NOLIMIT);
            b.setLimit(q.hasLimit() ? q.getLimit() + Math.max(0, q.getOffset()) : Query.NOLIMIT);
            sent.add(b);
        }
        return Optional.of(new UnionBranches(q, sent));
    }

    /** The queries sent, one per branch that no constant filter rules out. */
    public List<Query> branches() { return branches; }

    /** Asks each branch with what is left of the time limit ({@code timeoutMillis}, 0 for none) and merges the rows. */
    public RowSetRewindable select(BranchAsker asker, long timeoutMillis) {
        return select(asker, timeoutMillis, System::nanoTime);
    }

    /** {@link #select(BranchAsker, long)} on the given clock (nanoseconds), so that a test can move time on. */
    RowSetRewindable select(BranchAsker asker, long timeoutMillis, LongSupplier nanoClock) {
        long deadline = nanoClock.getAsLong() + timeoutMillis * 1_000_000L;
        List<Binding> rows = new ArrayList<>();
        for (Query b : branches) {
            long left = timeoutMillis == 0 ? 0 : (deadline - nanoClock.getAsLong()) / 1_000_000L;
            if (timeoutMillis > 0 && left <= 0) throw new QueryCancelledException();
            asker.select(b, left).forEachRemaining(rows::add);
        }
        if (whole.hasOrderBy()) rows.sort(new BindingComparator(whole.getOrderBy()));
        long from = Math.max(0, whole.getOffset());
        long size = whole.hasLimit() ? whole.getLimit() : Long.MAX_VALUE;
        List<Binding> kept = rows.stream().skip(from).limit(size).toList();
        return RowSetStream.create(whole.getProjectVars(), kept.iterator()).rewindable();
    }

    /** How one branch is asked: the engine's select with a time limit in milliseconds (0: none). */
    @FunctionalInterface
    public interface BranchAsker {
        RowSetRewindable select(Query branch, long timeoutMillis);
    }

    /** Whether some projected grouping key is bound to a constant in every branch, a different one in each. */
    private static boolean hasBranchKey(Query q, List<Element> branches, Set<Var> projected) {
        for (Var key : q.getGroupBy().getVars()) {
            if (q.getGroupBy().getExpr(key) != null || !projected.contains(key)) continue;
            Set<NodeValue> seen = new HashSet<>();
            boolean distinct = true;
            for (Element branch : branches) {
                Optional<NodeValue> value = constantBoundTo(branch, key);
                if (value.isEmpty() || !seen.add(value.get())) {
                    distinct = false;
                    break;
                }
            }
            if (distinct) return true;
        }
        return false;
    }

    private static Optional<NodeValue> constantBoundTo(Element branch, Var key) {
        if (!(branch instanceof ElementGroup g)) return Optional.empty();
        for (Element e : g.getElements())
            if (e instanceof ElementBind b && b.getVar().equals(key) && b.getExpr().isConstant()) return Optional.of(b.getExpr().getConstant());
        return Optional.empty();
    }

    /** A branch with a top-level filter that mentions no variable and is false: it answers nothing. */
    private static boolean ruledOut(Element branch) {
        if (!(branch instanceof ElementGroup g)) return false;
        for (Element e : g.getElements()) {
            if (!(e instanceof ElementFilter f) || !f.getExpr().getVarsMentioned().isEmpty()) continue;
            if (isFalse(f.getExpr())) return true;
        }
        return false;
    }

    private static boolean isFalse(Expr expr) {
        try {
            NodeValue v = expr.eval(BindingFactory.empty(), new FunctionEnvBase());
            return !v.getBoolean();
        } catch (ExprEvalException e) {
            return false; // an error is the engine's to report: the branch is sent
        }
    }
}
