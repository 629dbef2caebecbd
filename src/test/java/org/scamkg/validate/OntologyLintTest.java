package org.scamkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.vocab.SKG;

/**
 * The ontology's lint (docs/design.md, "Ontology"): every class and property has a label and a comment, our own
 * terms have an example, no two properties share a label, and every range is a class the
 * ontology declares (or a datatype). Each failure names its culprit.
 */
class OntologyLintTest {
    private final Model ontology = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("scamkg.ttl").toString());

    private List<Resource> terms() {
        List<Resource> out = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty))
            out.addAll(ontology.listResourcesWithProperty(RDF.type, type).toList());
        return out;
    }

    @Test
    void everyTermHasALabelAndAComment() {
        List<String> missing = new ArrayList<>();
        for (Resource t : terms()) {
            if (!t.hasProperty(RDFS.label)) missing.add(t.getURI() + " has no rdfs:label");
            if (!t.hasProperty(RDFS.comment)) missing.add(t.getURI() + " has no rdfs:comment");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyTermOfOursHasAnExample() {
        List<String> missing = new ArrayList<>();
        for (Resource t : terms())
            if (t.getURI().startsWith(SKG.NS) && !t.hasProperty(ontology.createProperty("http://www.w3.org/2004/02/skos/core#example")))
                missing.add(t.getURI());
        assertEquals(List.of(), missing, "terms without skos:example");
    }

    @Test
    void noTwoPropertiesShareALabel() {
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Resource t : terms()) {
            if (t.hasProperty(RDF.type, OWL.Class)) continue;
            for (Statement l : t.listProperties(RDFS.label).toList()) {
                String key = l.getLiteral().getLexicalForm() + "@" + l.getLiteral().getLanguage();
                String earlier = seen.putIfAbsent(key, t.getURI());
                if (earlier != null) clashes.add("'" + key + "' labels both " + earlier + " and " + t.getURI());
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void everyRangeIsADeclaredClassOrADatatype() {
        Set<String> classes = new java.util.HashSet<>();
        ontology.listResourcesWithProperty(RDF.type, OWL.Class).forEachRemaining(c -> classes.add(c.getURI()));
        List<String> dangling = new ArrayList<>();
        for (Statement s : ontology.listStatements(null, RDFS.range, (Resource) null).toList()) {
            String range = s.getResource().getURI();
            if (!classes.contains(range) && !range.startsWith(XSD.getURI()))
                dangling.add(s.getSubject().getURI() + " has range " + range + ", which the ontology does not declare");
        }
        for (Statement s : ontology.listStatements(null, RDFS.subClassOf, (Resource) null).toList())
            if (!classes.contains(s.getResource().getURI()))
                dangling.add(s.getSubject().getURI() + " is a subclass of undeclared " + s.getResource().getURI());
        assertEquals(List.of(), dangling);
    }

    @Test
    void everyVocabularyConceptHasALabelAndADefinition() {
        Model vocab = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("vocabularies.ttl").toString());
        List<String> missing = new ArrayList<>();
        Resource concept = vocab.createResource("http://www.w3.org/2004/02/skos/core#Concept");
        for (Resource c : vocab.listResourcesWithProperty(RDF.type, concept).toList()) {
            if (!c.hasProperty(vocab.createProperty("http://www.w3.org/2004/02/skos/core#prefLabel"))) missing.add(c + " has no prefLabel");
            if (!c.hasProperty(vocab.createProperty("http://www.w3.org/2004/02/skos/core#definition"))) missing.add(c + " has no definition");
            if (!c.hasProperty(vocab.createProperty("http://www.w3.org/2004/02/skos/core#inScheme"))) missing.add(c + " is in no scheme");
        }
        assertEquals(List.of(), missing);
    }
}
