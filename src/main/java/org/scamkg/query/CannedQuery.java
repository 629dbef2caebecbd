package org.scamkg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * One question in {@code queries/}: its name (the file name without {@code .rq}), its
 * documented header and its parsed SPARQL. Loading checks that every declared parameter is a
 * variable of the query, so a typo in a header cannot leave a parameter silently ignored.
 */
public record CannedQuery(String name, Path file, String text, QueryHeader header, Query query) {

    /** A catalogue query: its header is required. */
    public static CannedQuery load(Path file) { return load(file, true); }

    /**
     * A query file; with {@code requireHeader} false, a file without a {@code #+} header is
     * accepted (an ad-hoc query), taking no parameters.
     */
    public static CannedQuery load(Path file, boolean requireHeader) {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QueryFileException("cannot read " + file + ": " + e.getMessage());
        }
        QueryHeader header = !requireHeader && QueryHeaderParser.headerText(text).isBlank()
                ? new QueryHeader(name, "", List.of(), Map.of(), Map.of(), Optional.empty())
                : QueryHeaderParser.parse(file.getFileName().toString(), text);
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new QueryFileException(file.getFileName() + ": not valid SPARQL 1.1: " + e.getMessage());
        }
        Set<String> vars = variables(query);
        for (QueryParameter p : header.params().values())
            if (p.variables().stream().noneMatch(vars::contains))
                throw new QueryFileException(file.getFileName() + ": parameter " + p.name() + " is not a variable of the query");
        return new CannedQuery(name, file, text, header, query);
    }

    /** Every variable mentioned anywhere in the query, subqueries, filters and binds included. */
    static Set<String> variables(Query q) {
        Set<String> names = new HashSet<>();
        collect(q, names);
        return names;
    }

    private static void collect(Query q, Set<String> names) {
        if (q.getQueryPattern() == null) return;
        PatternVars.vars(q.getQueryPattern()).forEach(v -> names.add(v.getVarName()));
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementFilter el) { el.getExpr().getVarsMentioned().forEach(v -> names.add(v.getVarName())); }
            @Override public void visit(ElementBind el) { el.getExpr().getVarsMentioned().forEach(v -> names.add(v.getVarName())); }
            @Override public void visit(ElementSubQuery el) { collect(el.getQuery(), names); }
        });
        if (q.hasHaving()) q.getHavingExprs().forEach(e -> e.getVarsMentioned().forEach(v -> names.add(v.getVarName())));
        q.getProject().getExprs().values().forEach(e -> e.getVarsMentioned().forEach(v -> names.add(v.getVarName())));
    }
}
