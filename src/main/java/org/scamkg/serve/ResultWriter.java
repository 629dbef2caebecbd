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

    static void writeText(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
