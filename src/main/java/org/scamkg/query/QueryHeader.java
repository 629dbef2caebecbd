package org.scamkg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documentation block of a canned query: comment lines starting {@code #+ } whose text is
 * YAML (the grlc convention), so the file stays plain SPARQL and one parser feeds the command
 * line, the HTTP API, the editor's examples and the README table.
 */
public record QueryHeader(String summary, String description, List<String> tags,
                          Map<String, QueryParameter> params, Map<String, String> columns, Optional<String> example) {
    public QueryHeader {
        params = new LinkedHashMap<>(params);
        columns = new LinkedHashMap<>(columns);
    }
}
