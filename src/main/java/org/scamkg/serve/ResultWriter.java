package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.vocab.Ids;

/** Writes query rows as SPARQL JSON, CSV, TSV, or an HTML table whose identifiers link to their pages. */
final class ResultWriter {
    private ResultWriter() {}

    static void write(RowSetRewindable rows, ResultFormat format, OutputStream out) {
        ResultSet rs = ResultSet.adapt(rows);
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case HTML -> throw new IllegalArgumentException("HTML tables are written with table()");
        }
    }

    /** An HTML table of the rows: escaped text, links for IRIs. */
    static String table(RowSetRewindable rows) {
        List<Var> vars = rows.getResultVars();
        StringBuilder b = new StringBuilder("<table><thead><tr>");
        for (Var v : vars) b.append("<th>").append(Html.escape(v.getVarName())).append("</th>");
        b.append("</tr></thead><tbody>\n");
        long n = 0;
        while (rows.hasNext()) {
            Binding row = rows.next();
            n++;
            b.append("<tr>");
            for (Var v : vars) b.append("<td>").append(cell(row.get(v))).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody></table><p class=\"muted\">").append(n).append(n == 1 ? " row" : " rows").append("</p>");
        return b.toString();
    }

    static String cell(Node n) {
        if (n == null) return "";
        if (n.isURI()) return Html.link(n.getURI(), Ids.shortForm(n.getURI()));
        if (n.isLiteral()) {
            String text = n.getLiteralLexicalForm();
            // A list of our identifiers (a "sources" column) becomes a list of links.
            if (!text.isBlank() && Arrays.stream(text.split(" ")).allMatch(t -> t.startsWith(Ids.ID)))
                return Arrays.stream(text.split(" ")).map(t -> Html.link(t, Ids.shortForm(t))).collect(Collectors.joining("<br>"));
            return Html.escape(text);
        }
        return Html.escape(n.toString());
    }

    static void writeText(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
