package org.scamkg.ftm;

import org.scamkg.common.TextCharacters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads one line of a FollowTheMoney JSON-lines file strictly: a JSON object with a string
 * {@code id}, a known {@code schema} and {@code properties} whose values are lists of strings,
 * each property one the schema has, and the schema's required properties present. The optional
 * fields caption, datasets, referents, first_seen, last_seen, last_change and target are kept; any other
 * field is an error. A value not valid for its property's type is noted, not refused (see {@link FtmValues}).
 */
public final class FtmLineParser {
    /** What went wrong with a line, for the curator's report. */
    public static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String message) { super(message, null, false, false); }
    }

    /** FollowTheMoney's rule for entity ids and references (followthemoney/types/entity.py). */
    static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9a-zA-Z]([0-9a-zA-Z.\\-]*[0-9a-zA-Z])?");
    static final int MAX_ID_LENGTH = 200;
    /** The metadata FollowTheMoney's tools write beside the properties (to_dict, OpenSanctions' exports): kept as they are. */
    static final Set<String> META = Set.of("caption", "datasets", "referents", "first_seen", "last_seen", "last_change", "target");
    /** Lines are one entity each; past this nesting the line is not a FollowTheMoney entity. */
    private static final int MAX_DEPTH = 8;

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());
    private final FtmSchemata schemata = FtmSchemata.get();

    public FtmEntity parse(String line) throws BadLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new BadLine("not a JSON object");
        String id = text(node, "id");
        if (!isId(id)) throw new BadLine("id: '" + id + "' is not a FollowTheMoney id (letters, digits, dots and hyphens, at most "
                + MAX_ID_LENGTH + " characters)");
        String schemaName = text(node, "schema");
        FtmSchemata.Schema schema = schemata.schema(schemaName).filter(s -> !s.isAbstract()).orElseThrow(() ->
                new BadLine("schema '" + schemaName + "' is not a schema of FollowTheMoney's model an entity may have"));
        Map<String, List<String>> props = new LinkedHashMap<>();
        Map<String, List<String>> meta = new LinkedHashMap<>();
        List<FtmEntity.Invalid> invalid = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            if (key.equals("id") || key.equals("schema")) continue;
            if (key.equals("properties")) {
                if (!f.getValue().isObject()) throw new BadLine("properties: expected an object of lists");
                for (Iterator<Map.Entry<String, JsonNode>> p = f.getValue().fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = p.next();
                    if (!schema.properties().containsKey(e.getKey()))
                        throw new BadLine("properties." + e.getKey() + ": not a property of " + schemaName);
                    List<String> values = strings("properties." + e.getKey(), e.getValue());
                    if (schema.properties().get(e.getKey()).isEntity())
                        for (String v : values)
                            if (!isId(v)) throw new BadLine("properties." + e.getKey() + ": '" + v + "' is not a FollowTheMoney id");
                    props.put(e.getKey(), values);
                    String type = schema.properties().get(e.getKey()).type();
                    for (String v : values)
                        FtmValues.problem(type, v).ifPresent(why -> invalid.add(new FtmEntity.Invalid(e.getKey(), v, why)));
                }
            } else if (META.contains(key)) {
                JsonNode v = f.getValue();
                meta.put(key, v.isArray() ? strings(key, v) : List.of(checked(key, v.asText())));
            } else {
                throw new BadLine(key + ": not a field of a FollowTheMoney entity");
            }
        }
        for (String required : schema.required())
            if (props.getOrDefault(required, List.of()).isEmpty()) throw new BadLine("properties." + required + ": required for " + schemaName);
        return new FtmEntity(id, schemaName, props, meta, List.copyOf(invalid));
    }

    static boolean isId(String s) { return s.length() <= MAX_ID_LENGTH && ID.matcher(s).matches(); }

    private static String text(JsonNode node, String field) throws BadLine {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new BadLine(field + ": required, a non-empty string");
        return checked(field, v.asText());
    }

    /** The value, unless it holds a character the data may not (see {@link TextCharacters}). */
    private static String checked(String where, String value) throws BadLine {
        java.util.Optional<String> bad = TextCharacters.problem(value);
        if (bad.isPresent()) throw new BadLine(where + ": " + bad.get());
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC); // as the curated names
    }

    private static List<String> strings(String where, JsonNode v) throws BadLine {
        if (!v.isArray()) throw new BadLine(where + ": expected a list of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode x : v) {
            if (!x.isTextual() && !x.isNumber() && !x.isBoolean()) throw new BadLine(where + ": expected a list of strings");
            out.add(checked(where, x.asText()));
        }
        return out;
    }
}
