package org.scamkg.serve.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.vocab.Ids;

/**
 * Query rows as a table for a template: every identifier shown by its label and linked to its
 * page on this server, a column of space-separated identifiers (sources) as a list of links.
 */
final class ResultTable {
    record Cell(List<DescriptionPage.Value> values) {}

    record Row(List<Cell> cells) {}

    final List<String> columns;
    final List<Row> rows;

    private ResultTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** All rows, or the first {@code limit} (0 for all), with only the given columns when any are named. */
    static ResultTable of(RowSetRewindable rs, Labels labels, List<String> only, int limit) {
        List<Var> vars = new ArrayList<>();
        List<String> names = rs.getResultVars().stream().map(Var::getVarName).toList();
        for (Var v : rs.getResultVars()) {
            String n = v.getVarName();
            // An identifier is shown by its label already: its "…Label" column would repeat it.
            boolean repeatsALabel = n.endsWith("Label") && names.contains(n.substring(0, n.length() - "Label".length()));
            if (only.isEmpty() ? !repeatsALabel : only.contains(n)) vars.add(v);
        }
        if (!only.isEmpty()) vars.sort((a, b) -> only.indexOf(a.getVarName()) - only.indexOf(b.getVarName()));
        List<Row> rows = new ArrayList<>();
        rs.reset();
        while (rs.hasNext()) {
            Binding b = rs.next();
            if (limit > 0 && rows.size() >= limit) continue;
            List<Cell> cells = new ArrayList<>();
            for (Var v : vars) cells.add(cell(b.get(v), labels));
            rows.add(new Row(cells));
        }
        rs.reset();
        return new ResultTable(vars.stream().map(v -> words(v.getVarName())).toList(), rows);
    }

    /** A column name as words: {@code raidDate} reads "raid date". */
    static String words(String column) { return column.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT); }

    static Cell cell(Node n, Labels labels) {
        if (n == null) return new Cell(List.of());
        if (n.isLiteral()) {
            String text = n.getLiteralLexicalForm();
            if (!text.isBlank() && Arrays.stream(text.split(" ")).allMatch(t -> t.startsWith(Ids.BASE)))
                return new Cell(Arrays.stream(text.split(" ")).map(t -> new DescriptionPage.Value(labels.of(t), Labels.href(t), "")).toList());
        }
        return new Cell(List.of(DescriptionPage.value(n, labels)));
    }

    List<String> columns() { return columns; }

    List<Row> rows() { return rows; }

    int size() { return rows.size(); }
}
