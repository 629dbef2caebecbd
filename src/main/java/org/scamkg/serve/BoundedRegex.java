package org.scamkg.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.syntax.syntaxtransform.UpdateTransformOps;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.util.Symbol;

/**
 * {@code REGEX} and {@code REPLACE} that stop at the query's time limit. Java's regular
 * expressions cannot be interrupted, and ARQ checks its time limit only between rows, so one
 * catastrophic pattern ({@code "^(a+)+$"}) once kept a core busy for minutes past the limit. A
 * query from the public endpoint, and an update, is rewritten so that both call the functions here instead; they
 * match the same patterns with the same flags, over text that checks, every thousand characters
 * the matcher reads, whether the query was cancelled or its deadline has passed, and then ends it.
 */
final class BoundedRegex {
    /** The moment ({@link System#nanoTime()}) after which a query's regular expressions stop. */
    static final Symbol DEADLINE = Symbol.create("https://w3id.org/scamkg/config#regexDeadline");
    static final String REGEX = "https://w3id.org/scamkg/fn#regex";
    static final String REPLACE = "https://w3id.org/scamkg/fn#replace";
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static boolean installed;

    private BoundedRegex() {}

    static synchronized void install() {
        if (installed) return;
        FunctionRegistry.get().put(REGEX, BoundedMatch.class);
        FunctionRegistry.get().put(REPLACE, BoundedReplace.class);
        installed = true;
    }

    /** The query with every REGEX and REPLACE calling the bounded versions. */
    static Query rewrite(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new Rewrite());
    }

    /** The update with every REGEX and REPLACE of its WHERE clauses calling the bounded versions. */
    static UpdateRequest rewrite(UpdateRequest update) {
        return UpdateTransformOps.transform(update, new ElementTransformCopyBase(), new Rewrite());
    }

    private static final class Rewrite extends ExprTransformCopy {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex) return new E_Function(REGEX, args);
            if (func instanceof E_StrReplace) return new E_Function(REPLACE, args);
            return super.transform(func, args);
        }
    }

    static Pattern pattern(String regex, String flags) {
        return PATTERNS.computeIfAbsent(flags + "/" + regex, k -> {
            if (PATTERNS.size() > 1000) PATTERNS.clear();
            int f = 0;
            for (char c : flags.toCharArray()) {
                switch (c) {
                    case 'i' -> f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                    case 's' -> f |= Pattern.DOTALL;
                    case 'm' -> f |= Pattern.MULTILINE;
                    case 'x' -> f |= Pattern.COMMENTS;
                    case 'q' -> f |= Pattern.LITERAL;
                    default -> throw new ExprEvalException("unknown regular expression flag '" + c + "'");
                }
            }
            try {
                return Pattern.compile(regex, f);
            } catch (PatternSyntaxException e) {
                throw new ExprEvalException("bad regular expression: " + e.getDescription());
            }
        });
    }

    static String lexical(NodeValue v, String what) {
        if (!v.isString() && !v.isLangString()) throw new ExprEvalException(what + " is not a string: " + v);
        return v.asNode().getLiteralLexicalForm();
    }

    /** Text for a matcher that ends the query once it is cancelled or past its deadline. */
    static CharSequence bounded(String text, FunctionEnv env) {
        AtomicBoolean cancel = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
        Object d = env == null || env.getContext() == null ? null : env.getContext().get(DEADLINE);
        long deadline = d instanceof Long l ? l : Long.MAX_VALUE;
        if (cancel == null && deadline == Long.MAX_VALUE) return text;
        return new Bounded(text, cancel, deadline, new int[1]);
    }

    private record Bounded(String text, AtomicBoolean cancel, long deadline, int[] reads) implements CharSequence {
        @Override public int length() { return text.length(); }
        @Override public char charAt(int i) {
            if ((++reads[0] & 0x3FF) == 0) check();
            return text.charAt(i);
        }
        @Override public CharSequence subSequence(int from, int to) { return new Bounded(text.substring(from, to), cancel, deadline, reads); }
        @Override public String toString() { return text; }

        private void check() {
            if ((cancel != null && cancel.get()) || (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0))
                throw new QueryCancelledException();
        }
    }

    /** REGEX(text, pattern [, flags]). */
    public static final class BoundedMatch extends FunctionBase {
        @Override public void checkBuild(String uri, ExprList args) {
            if (args.size() < 2 || args.size() > 3) throw new org.apache.jena.query.QueryBuildException("REGEX takes 2 or 3 arguments");
        }
        @Override public NodeValue exec(List<NodeValue> args) { return exec(args, null); }
        @Override protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String flags = args.size() > 2 ? lexical(args.get(2), "the flags") : "";
            Pattern p = pattern(lexical(args.get(1), "the pattern"), flags);
            return NodeValue.makeBoolean(p.matcher(bounded(lexical(args.get(0), "the text"), env)).find());
        }
    }

    /** REPLACE(text, pattern, replacement [, flags]); the result keeps the text's language tag. */
    public static final class BoundedReplace extends FunctionBase {
        @Override public void checkBuild(String uri, ExprList args) {
            if (args.size() < 3 || args.size() > 4) throw new org.apache.jena.query.QueryBuildException("REPLACE takes 3 or 4 arguments");
        }
        @Override public NodeValue exec(List<NodeValue> args) { return exec(args, null); }
        @Override protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            String flags = args.size() > 3 ? lexical(args.get(3), "the flags") : "";
            Pattern p = pattern(lexical(args.get(1), "the pattern"), flags);
            String replacement = lexical(args.get(2), "the replacement");
            String result;
            try {
                result = p.matcher(bounded(lexical(args.get(0), "the text"), env)).replaceAll(replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw new ExprEvalException("bad replacement: " + e.getMessage());
            }
            NodeValue text = args.get(0);
            return text.isLangString() ? NodeValue.makeLangString(result, text.asNode().getLiteralLanguage()) : NodeValue.makeString(result);
        }
    }
}
