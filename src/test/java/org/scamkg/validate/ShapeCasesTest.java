package org.scamkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.TestProject;

/**
 * Runs the SHACL cases of {@code src/test/resources/shapes/}: each Turtle file holds data and,
 * under {@code skgt:case}, whether it conforms and which (focus, path) pairs violate. The data
 * is validated together with the ontology, as a load would.
 */
class ShapeCasesTest {
    static final String T = "https://w3id.org/scamkg/test#";
    static final Resource CASE = ResourceFactory.createResource(T + "case");
    static final Property CONFORMS = ResourceFactory.createProperty(T, "expectConforms");
    static final Property VIOLATION = ResourceFactory.createProperty(T, "expectViolation");
    static final Property FOCUS = ResourceFactory.createProperty(T, "focus");
    static final Property PATH = ResourceFactory.createProperty(T, "path");
    static final String NONE = T + "none";

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(TestProject.TEST_RESOURCES.resolve("shapes"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shapeCaseGivesItsExpectedViolations(String file) {
        Model m = RDFDataMgr.loadModel(TestProject.TEST_RESOURCES.resolve("shapes").resolve(file).toString());
        boolean conforms = m.getRequiredProperty(CASE, CONFORMS).getBoolean();
        Set<String> expected = new TreeSet<>();
        for (Statement v : m.listStatements(CASE, VIOLATION, (RDFNode) null).toList()) {
            Resource r = v.getResource();
            expected.add(r.getRequiredProperty(FOCUS).getResource().getURI() + " " + r.getRequiredProperty(PATH).getResource().getURI());
            m.removeAll(r, null, null);
        }
        m.removeAll(CASE, null, null);

        Model data = ModelFactory.createDefaultModel().add(m);
        for (Path p : TestProject.curated().ontologyFiles()) RDFDataMgr.read(data, p.toString());
        Graph shapes = RDFDataMgr.loadGraph(TestProject.curated().shapesFile().toString());
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapes), data.getGraph());

        Set<String> actual = new TreeSet<>();
        for (ReportEntry e : report.getEntries())
            actual.add(e.focusNode().getURI() + " " + (e.resultPath() instanceof P_Link l ? l.getNode().getURI() : NONE));
        assertEquals(conforms, report.conforms(), "conforms, for " + file + "; entries: " + report.getEntries());
        assertEquals(expected, actual, "violations of " + file);
    }
}
