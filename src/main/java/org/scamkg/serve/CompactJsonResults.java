package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL 1.1 JSON results written compactly with Jackson's streaming generator. Jena's own JSON
 * writer indents every member and goes through its {@code IndentedWriter} one character at a
 * time: profiled under 16 clients doing star lookups, that writer was the largest single cost of
 * a {@code /kg/sparql} request (about 30 % of the request threads' samples; BENCHMARKS.md, "The cost
 * of one request"). The document is the same in
 * meaning (head and vars, then bindings; {@code xml:lang}, {@code its:dir} and
 * {@code datatype} on literals as Jena writes them, none for {@code xsd:string}; blank nodes
 * labelled per result; RDF-star triple terms as {@code "type": "triple"}), only without the
 * whitespace. Rows still stream: the generator writes through as its buffer fills.
 *
 * <p>{@link #install()} makes it Jena's JSON results writer in this process; the server installs
 * it, so {@code /kg/sparql} and the query API's JSON pages use it.
 */
public final class CompactJsonResults implements RowSetWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final String XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";
    private static boolean installed;

    public static synchronized void install() {
        if (installed) return;
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new CompactJsonResults());
        installed = true;
    }

    @Override
    public void write(OutputStream out, RowSet rows, Context context) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            writeRows(g, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Writer out, RowSet rows, Context context) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writeRows(g, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("head");
            g.writeEndObject();
            g.writeBooleanField("boolean", result);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRows(JsonGenerator g, RowSet rows) throws IOException {
        List<Var> vars = rows.getResultVars();
        g.writeStartObject();
        g.writeObjectFieldStart("head");
        g.writeArrayFieldStart("vars");
        for (Var v : vars) g.writeString(v.getVarName());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("results");
        g.writeArrayFieldStart("bindings");
        Map<Node, String> blankLabels = new HashMap<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            g.writeStartObject();
            for (Var v : vars) {
                Node n = b.get(v);
                if (n == null) continue;
                g.writeFieldName(v.getVarName());
                writeTerm(g, n, blankLabels);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void writeTerm(JsonGenerator g, Node n, Map<Node, String> blankLabels) throws IOException {
        g.writeStartObject();
        if (n.isURI()) {
            g.writeStringField("type", "uri");
            g.writeStringField("value", n.getURI());
        } else if (n.isLiteral()) {
            g.writeStringField("type", "literal");
            if (Util.isLangString(n) || Util.isDirLangString(n)) {
                g.writeStringField("xml:lang", n.getLiteralLanguage());
                if (Util.isDirLangString(n)) g.writeStringField("its:dir", n.getLiteralBaseDirection().direction());
            } else if (!XSD_STRING.equals(n.getLiteralDatatypeURI())) {
                g.writeStringField("datatype", n.getLiteralDatatypeURI());
            }
            g.writeStringField("value", n.getLiteralLexicalForm());
        } else if (n.isBlank()) {
            g.writeStringField("type", "bnode");
            g.writeStringField("value", blankLabels.computeIfAbsent(n, k -> "b" + blankLabels.size()));
        } else if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            g.writeStringField("type", "triple");
            g.writeObjectFieldStart("value");
            g.writeFieldName("subject");
            writeTerm(g, t.getSubject(), blankLabels);
            g.writeFieldName("predicate");
            writeTerm(g, t.getPredicate(), blankLabels);
            g.writeFieldName("object");
            writeTerm(g, t.getObject(), blankLabels);
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("not an RDF term a SPARQL result can hold: " + n);
        }
        g.writeEndObject();
    }
}
