package org.scamkg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.Query;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.ParameterBinder;
import org.scamkg.query.ParameterSubstitution;

/**
 * The canned queries as ready-to-run examples for the browser editor: each with its header as
 * comments and its parameters set to the default or the header's example values, so pressing
 * run gives an answer. Served as {@code /queries/examples.js}, which the editor page loads.
 */
public final class EditorExamples {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EditorExamples() {}

    /** The query text as the editor shows it, with the header's example values. */
    public static String runnable(CannedQuery q) { return runnable(q, q.header().exampleParams()); }

    /** The query text as the editor shows it, with the given parameter values. */
    public static String runnable(CannedQuery q, Map<String, String> params) {
        Query bound = ParameterSubstitution.apply(q.query(), ParameterBinder.bind(q, params));
        StringBuilder b = new StringBuilder();
        b.append("# ").append(q.header().summary()).append('\n');
        for (String line : q.header().description().strip().split("\\R"))
            if (!line.isBlank()) b.append("# ").append(line.strip()).append('\n');
        if (!q.header().params().isEmpty())
            b.append("# Parameters are set to ").append(params.isEmpty() ? "their defaults" : "the values " + params)
                    .append("; see /queries/").append(q.name()).append('\n');
        b.append('\n').append(bound.serialize());
        return b.toString();
    }

    /** {@code window.SCAMKG_EXAMPLES = [{text, value}, …];} */
    static String script(List<CannedQuery> queries) {
        List<Map<String, String>> examples = queries.stream().map(q -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("text", q.name());
            m.put("value", runnable(q));
            return m;
        }).toList();
        try {
            // JSON inside a script: "</" is escaped so no data can close the script element.
            return "window.SCAMKG_EXAMPLES = " + JSON.writeValueAsString(examples).replace("</", "<\\/") + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
