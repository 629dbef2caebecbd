package org.scamkg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.scamkg.common.OntologyReader;
import org.scamkg.common.OriginIndex;
import org.scamkg.common.Problem;
import org.scamkg.common.Problems;

/**
 * The SHACL gate between mapping and storing: validates mapped data against
 * {@code ontology/shapes.ttl} and reports each violation at the record field that caused it.
 * A load checks one graph at a time, only the nodes that graph is answerable for, with the
 * ontology and the types (rdf:type only) of the nodes it mentions as context, wherever those are
 * defined: a shape sees no other triple of another graph.
 */
public final class ShaclGate implements GraphCheck {
    private final Shapes shapes;

    private ShaclGate(Shapes shapes) { this.shapes = shapes; }

    /** Parses the shapes file; a broken shapes file is itself a located problem. */
    public static ShaclGate fromFile(Path shapesFile) {
        Problems problems = new Problems();
        Model m = OntologyReader.read(shapesFile, problems);
        problems.throwIfAny();
        return new ShaclGate(Shapes.parse(m.getGraph()));
    }

    /** Every violation of the focus nodes, located; empty when they conform. */
    @Override
    public List<Problem> check(Graph data, Collection<Node> focus, OriginIndex origins) {
        // One validation of the (small) data graph, then only the focus nodes' violations: far
        // cheaper than validating node by node, each of which builds its own report.
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (report.conforms()) return List.of();
        Set<Node> wanted = focus instanceof Set<Node> set ? set : new HashSet<>(focus);
        List<ReportEntry> entries = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) if (wanted.contains(e.focusNode())) entries.add(e);
        return locate(entries, new ReportLocator(origins));
    }

    /** Every violation anywhere in {@code graph}, located; empty when the data conforms. */
    public List<Problem> check(Graph graph, ReportLocator locator) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        return report.conforms() ? List.of() : locate(report.getEntries(), locator);
    }

    private static List<Problem> locate(Collection<ReportEntry> entries, ReportLocator locator) {
        return entries.stream().map(locator::locate).sorted(
                Comparator.comparing(Problem::file).thenComparingInt(Problem::line)).distinct().toList();
    }
}
