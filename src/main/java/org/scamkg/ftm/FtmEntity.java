package org.scamkg.ftm;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One FollowTheMoney entity as read from a JSON line: id, schema, property values (always lists
 * of strings, kept verbatim), the metadata fields as they came, and the values that are not valid
 * for their property's type ({@link FtmValues}): those are kept verbatim but {@link #values} leaves
 * them out, so they are never mapped into our ontology.
 */
public record FtmEntity(String id, String schema, Map<String, List<String>> properties, Map<String, List<String>> meta,
                        List<Invalid> invalid) {
    /** A value set aside: its property, the value and why. */
    public record Invalid(String property, String value, String reason) {}

    public FtmEntity(String id, String schema, Map<String, List<String>> properties, Map<String, List<String>> meta) {
        this(id, schema, properties, meta, List.of());
    }

    /** The valid values of a property, for mapping. */
    public List<String> values(String property) {
        List<String> all = properties.getOrDefault(property, List.of());
        if (invalid.isEmpty()) return all;
        Set<String> bad = invalid.stream().filter(i -> i.property().equals(property)).map(Invalid::value).collect(java.util.stream.Collectors.toSet());
        return bad.isEmpty() ? all : all.stream().filter(v -> !bad.contains(v)).toList();
    }

    public String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }
}
