package org.scamkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.exec.RowSetRewindable;

/** Writes query rows as SPARQL JSON, CSV or TSV. (The HTML tables are the pages' templates.) */
final class ResultWriter {
    private ResultWriter() {}

    static void write(RowSetRewindable rows, ResultFormat format, OutputStream out) {
        ResultSet rs = ResultSet.adapt(rows);
        switch (format) {
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case HTML -> throw new IllegalArgumentException("HTML tables are written by the pages' templates");
        }
    }

    /**
     * SPARQL JSON with a {@code page} member after {@code head} and {@code results} (total,
     * offset, size, rows, next cursor and URLs): Jena and RDF4J read the answer as usual.
     */
    static void writeJson(RowSetRewindable rows, java.util.Map<String, Object> page, OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        ResultSetFormatter.outputAsJSON(buf, ResultSet.adapt(rows));
        String json = buf.toString(StandardCharsets.UTF_8).stripTrailing();
        if (!json.endsWith("}")) throw new IllegalStateException("SPARQL JSON that is not an object");
        String member = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(page);
        writeText(out, json.substring(0, json.length() - 1).stripTrailing() + " ,\n  \"page\": " + member + "\n}\n");
    }

    static void writeText(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
