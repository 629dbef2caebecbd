package org.scamkg.export;

import java.io.OutputStream;
import java.io.Writer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterTSV;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.atlas.iterator.Iter;

/**
 * SPARQL results as TSV that a spreadsheet cannot run. SPARQL TSV writes each cell as an RDF
 * term, a string in quotes ({@code "=HYPERLINK(…)"}); spreadsheets open a {@code .tsv} with the
 * quote as a text delimiter, drop it, and read what is left as a formula. So a literal whose text
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written
 * with an apostrophe before its text ({@code "'=HYPERLINK(…)"}), as {@link SafeCsv} does for CSV
 * and OWASP recommends; numbers stay numbers, IRIs and blank nodes are not text a spreadsheet
 * runs (they start with {@code <} and {@code _:}). Otherwise the format is Jena's SPARQL 1.1 TSV.
 * Who needs the exact strings reads the JSON or XML results.
 *
 * <p>{@link #install()} makes it Jena's TSV writer in this process (the query API, {@code /kg/sparql}
 * with {@code Accept: text/tab-separated-values}, {@code query --format tsv}).
 */
public final class SafeTsv implements RowSetWriter {
    private static boolean installed;
    private final RowSetWriter tsv = RowSetWriterTSV.factory.create(ResultSetLang.RS_TSV);

    public static synchronized void install() {
        if (installed) return;
        RowSetWriterRegistry.register(ResultSetLang.RS_TSV, lang -> new SafeTsv());
        installed = true;
    }

    /** The term as it may be written: a literal that would start a formula gets a leading apostrophe. */
    static Node neutralise(Node n) {
        if (n == null || !n.isLiteral()) return n;
        String text = n.getLiteralLexicalForm();
        String safe = SafeCsv.neutralise(text, SafeCsv.isNumber(n));
        if (safe.equals(text)) return n;
        String lang = n.getLiteralLanguage();
        if (!lang.isEmpty()) return NodeFactory.createLiteralLang(safe, lang);
        return NodeFactory.createLiteralDT(safe, n.getLiteralDatatype());
    }

    private static RowSet safe(RowSet rows) {
        return RowSetStream.create(rows.getResultVars(), Iter.map(rows, SafeTsv::safe));
    }

    private static Binding safe(Binding b) {
        BindingBuilder out = Binding.builder();
        b.forEach((v, n) -> out.add(v, neutralise(n)));
        return out.build();
    }

    @Override public void write(OutputStream out, RowSet rows, Context context) { tsv.write(out, safe(rows), context); }

    @Override public void write(Writer out, RowSet rows, Context context) { tsv.write(out, safe(rows), context); }

    @Override public void write(OutputStream out, boolean result, Context context) { tsv.write(out, result, context); }
}
