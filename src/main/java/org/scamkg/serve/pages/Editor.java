package org.scamkg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.scamkg.query.CannedQuery;
import org.scamkg.query.ParameterException;
import org.scamkg.serve.EditorExamples;

/** Links into the SPARQL editor at {@code /editor/}, opened on a question's query with its values. */
public final class Editor {
    public static final String PATH = "/editor/";

    private Editor() {}

    static String link(CannedQuery q, Map<String, String> params) {
        String text;
        try {
            text = EditorExamples.runnable(q, params);
        } catch (ParameterException e) {
            text = EditorExamples.runnable(q);
        }
        return PATH + "#/dataset/kg/query?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
