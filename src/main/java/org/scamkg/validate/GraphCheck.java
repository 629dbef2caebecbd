package org.scamkg.validate;

import org.scamkg.common.OriginIndex;
import org.scamkg.common.Problem;

import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * A check of mapped data before it is written (the SHACL gate): validates the given focus
 * nodes against {@code data} and reports each violation at the record field behind it.
 */
public interface GraphCheck {
    List<Problem> check(Graph data, Collection<Node> focus, OriginIndex origins);

    /** No check: for tools that only map. */
    GraphCheck NONE = (data, focus, origins) -> List.of();
}
