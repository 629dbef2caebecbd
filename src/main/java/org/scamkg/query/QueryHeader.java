package org.scamkg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation block of a canned query: comment lines starting {@code #+ } whose text is
 * YAML (the grlc convention), so the file stays plain SPARQL and one parser feeds the command
 * line, the HTTP API, the editor's examples and the README table.
 */
public record QueryHeader(String summary, String description, List<String> tags,
                          Map<String, QueryParameter> params, Map<String, String> columns, Optional<String> example) {
    private static final Pattern EXAMPLE_PARAM = Pattern.compile("--param\\s+([A-Za-z_][A-Za-z0-9_]*)=(\\S+)");

    public QueryHeader {
        params = new LinkedHashMap<>(params);
        columns = new LinkedHashMap<>(columns);
    }

    /** The parameter values of the example command ({@code --param name=value}), so the example can be run as is. */
    public Map<String, String> exampleParams() {
        Map<String, String> out = new LinkedHashMap<>();
        example.ifPresent(e -> {
            Matcher m = EXAMPLE_PARAM.matcher(e);
            while (m.find()) out.put(m.group(1), m.group(2));
        });
        return out;
    }
}
