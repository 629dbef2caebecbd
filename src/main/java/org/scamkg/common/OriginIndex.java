package org.scamkg.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * Remembers which record field produced which RDF statement, so that a SHACL violation on a
 * node and property can be reported as {@code file:line: field: reason} like any reading error.
 */
public final class OriginIndex {
    private final Map<Node, Origin> nodes = new HashMap<>();
    private final Map<Node, Map<Node, Origin>> statements = new HashMap<>();

    /** The record that first made this node. */
    public void node(Node subject, Origin origin) { nodes.putIfAbsent(subject, origin); }

    /** The field that gave this node this property. */
    public void statement(Node subject, Node property, Origin origin) {
        statements.computeIfAbsent(subject, k -> new HashMap<>()).putIfAbsent(property, origin);
        nodes.putIfAbsent(subject, origin);
    }

    public Optional<Origin> of(Node subject) { return Optional.ofNullable(nodes.get(subject)); }

    public Optional<Origin> of(Node subject, Node property) {
        Map<Node, Origin> m = statements.get(subject);
        Origin o = m == null || property == null ? null : m.get(property);
        return o != null ? Optional.of(o) : of(subject);
    }
}
