package org.scamkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;

/** The words that count or list the concept schemes agree with the schemes there are. */
class OntologyCommentsTest {
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve");

    @Test
    void theSchemesAreCountedAndNamedWhereTheyAreListed() throws IOException {
        Model vocab = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("vocabularies.ttl").toString());
        List<String> schemes = vocab.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).toList().stream()
                .map(s -> s.getProperty(RDFS.label).getString().toLowerCase(Locale.ROOT)).sorted().toList();
        assertTrue(schemes.size() >= 7 && schemes.size() < NUMBERS.size(), schemes.toString());
        String count = NUMBERS.get(schemes.size());

        String header = Files.readString(TestProject.ONTOLOGY.resolve("vocabularies.ttl")).lines()
                .takeWhile(l -> l.startsWith("#")).reduce("", (a, b) -> a + " " + b.substring(1).strip());
        Model ontology = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("scamkg.ttl").toString());
        Resource concept = ontology.getResource(SKOS.Concept.getURI());
        String conceptComment = concept.getProperty(RDFS.comment).getString();

        for (String text : List.of(header, conceptComment)) {
            assertTrue(text.contains(" " + count + " "), "does not say " + count + " schemes: " + text);
            for (String scheme : schemes) assertTrue(text.contains(scheme), "does not name the scheme '" + scheme + "': " + text);
        }
        assertEquals(schemes.size(), schemes.stream().distinct().count(), "two schemes share a label");
    }
}
