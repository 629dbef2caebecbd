package org.scamkg.ftm;

import java.util.List;
import java.util.Map;

/**
 * One FollowTheMoney entity as read from a JSON line: id, schema, property values (always lists
 * of strings), and the optional metadata fields kept as they are.
 */
public record FtmEntity(String id, String schema, Map<String, List<String>> properties, Map<String, List<String>> meta) {
    public List<String> values(String property) { return properties.getOrDefault(property, List.of()); }

    public String first(String property) {
        List<String> v = values(property);
        return v.isEmpty() ? null : v.get(0);
    }
}
