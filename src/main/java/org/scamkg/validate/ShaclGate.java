package org.scamkg.validate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.scamkg.load.LoadedData;
import org.scamkg.load.OntologyReader;
import org.scamkg.load.Problem;
import org.scamkg.load.Problems;

/**
 * The SHACL gate between mapping and storing: validates everything a load produced (the union
 * of all its graphs, ontology included so controlled terms resolve) against
 * {@code ontology/shapes.ttl}, and reports each violation at the record field that caused it.
 */
public final class ShaclGate {
    private final Shapes shapes;

    private ShaclGate(Shapes shapes) { this.shapes = shapes; }

    /** Parses the shapes file; a broken shapes file is itself a located problem. */
    public static ShaclGate fromFile(Path shapesFile) {
        Problems problems = new Problems();
        Model m = OntologyReader.read(shapesFile, problems);
        problems.throwIfAny();
        return new ShaclGate(Shapes.parse(m.getGraph()));
    }

    /** Every violation, located; empty when the data conforms. */
    public List<Problem> check(LoadedData data) {
        return check(data.dataset().getUnionGraph(), new ReportLocator(data.origins()));
    }

    public List<Problem> check(Graph graph, ReportLocator locator) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (report.conforms()) return List.of();
        return report.getEntries().stream().map(locator::locate).sorted(
                Comparator.comparing(Problem::file).thenComparingInt(Problem::line)).distinct().toList();
    }
}
