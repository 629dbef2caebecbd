package org.scamkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the {@code #+ } header of a query file (docs/design.md, "Queries"). Strict like the record reader: an
 * unknown key, a parameter of an unknown type or a missing summary is an error naming the file.
 */
final class QueryHeaderParser {
    private static final Set<String> KEYS = Set.of("summary", "description", "tags", "params", "columns", "example");
    private static final Set<String> PARAM_KEYS = Set.of("type", "default", "doc", "optional", "min", "max");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private QueryHeaderParser() {}

    /** The YAML text of the header: every line starting {@code #+}, with that prefix removed. */
    static String headerText(String queryText) {
        StringBuilder sb = new StringBuilder();
        for (String line : queryText.split("\\R")) {
            if (line.startsWith("#+ ")) sb.append(line, 3, line.length()).append('\n');
            else if (line.equals("#+")) sb.append('\n');
        }
        return sb.toString();
    }

    static QueryHeader parse(String file, String queryText) {
        String yaml = headerText(queryText);
        if (yaml.isBlank()) throw new QueryFileException(file + ": no '#+ ' header; every query starts with its summary, params and columns");
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new QueryFileException(file + ": header is not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new QueryFileException(file + ": header must be a YAML mapping");
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) throw new QueryFileException(file + ": header: unknown key '" + k + "'; known: " + KEYS);
        });
        String summary = text(root, "summary").orElseThrow(() -> new QueryFileException(file + ": header: summary is required"));
        String description = text(root, "description").orElse("");
        List<String> tags = new ArrayList<>();
        if (root.has("tags")) root.get("tags").forEach(t -> tags.add(t.asText()));
        Map<String, QueryParameter> params = new LinkedHashMap<>();
        if (root.has("params")) {
            root.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), param(file, e.getKey(), e.getValue())));
        }
        Map<String, String> columns = new LinkedHashMap<>();
        if (root.has("columns")) root.get("columns").fields().forEachRemaining(e -> columns.put(e.getKey(), e.getValue().asText()));
        if (columns.isEmpty()) throw new QueryFileException(file + ": header: columns are required (name: meaning)");
        return new QueryHeader(summary, description, tags, params, columns, text(root, "example"));
    }

    private static QueryParameter param(String file, String name, JsonNode spec) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw new QueryFileException(file + ": parameter '" + name + "' is not a SPARQL variable name");
        if (!spec.isObject()) throw new QueryFileException(file + ": parameter " + name + ": expected {type: …, default: …, doc: …}");
        spec.fieldNames().forEachRemaining(k -> {
            if (!PARAM_KEYS.contains(k)) throw new QueryFileException(file + ": parameter " + name + ": unknown key '" + k + "'");
        });
        String type = text(spec, "type").orElse("xsd:string");
        if (!QueryParameter.knownType(type))
            throw new QueryFileException(file + ": parameter " + name + ": type '" + type + "' is not one of " + QueryParameter.TYPES + " or vocab:<scheme>");
        Optional<String> def = spec.has("default") && !spec.get("default").isNull() ? Optional.of(spec.get("default").asText()) : Optional.empty();
        String doc = text(spec, "doc").orElseThrow(() -> new QueryFileException(file + ": parameter " + name + ": doc is required"));
        boolean optional = spec.has("optional") && spec.get("optional").asBoolean();
        Optional<Long> min = spec.has("min") ? Optional.of(spec.get("min").asLong()) : Optional.empty();
        Optional<Long> max = spec.has("max") ? Optional.of(spec.get("max").asLong()) : Optional.empty();
        return new QueryParameter(name, type, def, doc, optional, min, max);
    }

    private static Optional<String> text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? Optional.empty() : Optional.of(v.asText().strip());
    }
}
