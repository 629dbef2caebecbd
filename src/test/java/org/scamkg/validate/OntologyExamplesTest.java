package org.scamkg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scamkg.TestProject;

/** Every worked example in {@code ontology/examples/} passes the shapes the loader enforces. */
class OntologyExamplesTest {
    static Stream<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(TestProject.ONTOLOGY.resolve("examples"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleConformsToTheShapes(String file) {
        Model data = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("examples").resolve(file).toString());
        for (Path p : TestProject.curated().ontologyFiles()) RDFDataMgr.read(data, p.toString());
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(TestProject.curated().shapesFile().toString()));
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (!report.conforms()) ShLib.printReport(out, report);
        assertTrue(report.conforms(), file + " does not conform:\n" + out);
    }
}
