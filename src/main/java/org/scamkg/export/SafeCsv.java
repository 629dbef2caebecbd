package org.scamkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL results as CSV that a spreadsheet cannot run. A cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel, LibreOffice and
 * Google Sheets as a formula, so a label such as {@code =HYPERLINK(…)} in the data would run on
 * the reader's machine. As OWASP recommends, such a cell is written with a leading apostrophe
 * ({@code '=HYPERLINK(…)}), which spreadsheets show as text; numbers ({@code -5} typed as a
 * number) are left as they are. Otherwise the format is SPARQL 1.1 CSV: a header of variable
 * names, CRLF line ends, cells quoted when they hold a comma, a quote or a line break.
 *
 * <p>{@link #install()} makes it Jena's CSV writer in this process, so every CSV the project
 * writes (the export, the query API, {@code /kg/sparql} with {@code Accept: text/csv}, the query
 * command) goes through it.
 */
public final class SafeCsv implements RowSetWriter {
    private static boolean installed;

    public static synchronized void install() {
        if (installed) return;
        RowSetWriterRegistry.register(ResultSetLang.RS_CSV, lang -> new SafeCsv());
        installed = true;
    }

    /** The cell as a spreadsheet should show it: formula triggers neutralised. */
    public static String neutralise(String text, boolean number) {
        if (text.isEmpty() || number) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    static String cell(Node n) {
        if (n == null) return "";
        String text;
        boolean number = false;
        if (n.isURI()) text = n.getURI();
        else if (n.isBlank()) text = "_:" + n.getBlankNodeLabel();
        else if (n.isLiteral()) {
            text = n.getLiteralLexicalForm();
            number = isNumber(n);
        } else text = n.toString();
        String safe = neutralise(text, number);
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    static boolean isNumber(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        if (dt == null || !dt.startsWith("http://www.w3.org/2001/XMLSchema#")) return false;
        String local = dt.substring(dt.indexOf('#') + 1);
        boolean numeric = List.of("integer", "decimal", "double", "float", "long", "int", "short", "byte", "nonNegativeInteger",
                "nonPositiveInteger", "negativeInteger", "positiveInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte").contains(local);
        return numeric && literal.getLiteralLexicalForm().matches("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(w, rows, context);
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try {
            List<Var> vars = rows.getResultVars();
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < vars.size(); i++) line.append(i == 0 ? "" : ",").append(cell(org.apache.jena.graph.NodeFactory.createLiteralString(vars.get(i).getVarName())));
            out.write(line.append("\r\n").toString());
            while (rows.hasNext()) {
                Binding b = rows.next();
                line.setLength(0);
                for (int i = 0; i < vars.size(); i++) line.append(i == 0 ? "" : ",").append(cell(b.get(vars.get(i))));
                out.write(line.append("\r\n").toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try {
            out.write(("_askResult\r\n" + result + "\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
