package org.scamkg.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.util.FmtUtils;
import org.scamkg.common.Origin;
import org.scamkg.common.OriginIndex;
import org.scamkg.common.Problem;
import org.scamkg.vocab.Ids;

/**
 * Turns a SHACL report entry into a curator's problem line: the record field that produced the
 * offending statement when the loader knows it, otherwise the node's IRI as the place to look.
 */
public final class ReportLocator {
    private final OriginIndex origins;

    public ReportLocator(OriginIndex origins) { this.origins = origins; }

    Problem locate(ReportEntry e) {
        Node focus = e.focusNode();
        Node property = e.resultPath() instanceof P_Link link ? link.getNode() : null;
        String reason = e.message();
        if (e.value() != null && !e.value().equals(focus))
            reason = reason + " (value: " + FmtUtils.stringForNode(e.value()) + ")";
        Origin o = origins.of(focus, property).orElse(null);
        if (o != null) return new Problem(o.file(), o.line(), o.field(), reason);
        String where = focus.isURI() ? Ids.shortForm(focus.getURI()) : focus.toString();
        return new Problem("(graph)", 0, where + (property != null && property.isURI() ? " " + property.getLocalName() : ""), reason);
    }
}
