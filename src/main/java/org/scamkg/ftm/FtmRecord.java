package org.scamkg.ftm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * One FollowTheMoney entity being written: id, schema, property values and the optional metadata
 * fields. Properties are checked against the schema as they are added, so an export can only
 * write property names FollowTheMoney knows. Keys and values come out sorted, so the same graph
 * always gives the same lines.
 */
final class FtmRecord {
    /** Metadata fields in the order FollowTheMoney writes them; target is a boolean, lists are lists. */
    private static final List<String> META_ORDER = List.of("caption", "datasets", "referents", "first_seen", "last_seen", "target");
    private static final Set<String> META_LISTS = Set.of("datasets", "referents");

    private final String id;
    private final FtmSchemata.Schema schema;
    private final Map<String, Set<String>> properties = new TreeMap<>();
    private final Map<String, Set<String>> meta = new TreeMap<>();

    FtmRecord(String id, String schema) {
        this.id = id;
        this.schema = FtmSchemata.get().schema(schema).orElseThrow(() -> new IllegalArgumentException("unknown FollowTheMoney schema " + schema));
    }

    String id() { return id; }

    String schema() { return schema.name(); }

    /** True when the schema is, or descends from, {@code other}. */
    boolean is(String other) { return schema.is(other); }

    boolean has(String property) { return schema.properties().containsKey(property); }

    FtmRecord add(String property, String value) {
        if (!has(property)) throw new IllegalArgumentException(schema.name() + " has no property " + property);
        if (value != null && !value.isBlank()) properties.computeIfAbsent(property, k -> new TreeSet<>()).add(value);
        return this;
    }

    FtmRecord meta(String field, String value) {
        if (!META_ORDER.contains(field)) throw new IllegalArgumentException("not a FollowTheMoney metadata field: " + field);
        meta.computeIfAbsent(field, k -> new TreeSet<>()).add(value);
        return this;
    }

    Set<String> values(String property) { return properties.getOrDefault(property, Set.of()); }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("schema", schema.name());
        ObjectNode props = o.putObject("properties");
        properties.forEach((k, vs) -> {
            ArrayNode a = props.putArray(k);
            vs.forEach(a::add);
        });
        Map<String, Set<String>> ordered = new LinkedHashMap<>();
        for (String f : META_ORDER) if (meta.containsKey(f)) ordered.put(f, meta.get(f));
        ordered.forEach((f, vs) -> {
            if (META_LISTS.contains(f)) {
                ArrayNode a = o.putArray(f);
                vs.forEach(a::add);
            } else if (f.equals("target")) {
                o.put(f, Boolean.parseBoolean(vs.iterator().next()));
            } else {
                o.put(f, vs.iterator().next());
            }
        });
        return o;
    }
}
