package org.scamkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;

/**
 * {@link SKG} and {@code ontology/scamkg.ttl} name the same terms: every term the ontology
 * declares in our namespace has a constant of its own name, of the right Java type (a class is a
 * Resource, a property a Property), and every constant is a term the ontology declares.
 */
class SkgMatchesOntologyTest {
    private final Model ontology = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("scamkg.ttl").toString());

    /** Local name of each term declared (given a type) in our namespace, with whether it is a class. */
    private Map<String, Boolean> declared() {
        Map<String, Boolean> out = new TreeMap<>();
        for (Resource r : ontology.listSubjectsWithProperty(RDF.type).toList())
            if (r.isURIResource() && r.getURI().startsWith(SKG.NS))
                out.put(r.getURI().substring(SKG.NS.length()), r.hasProperty(RDF.type, OWL.Class));
        return out;
    }

    /** The constants of {@link SKG}, by the local name of the term each holds. */
    private static Map<String, Field> constants() throws IllegalAccessException {
        Map<String, Field> out = new TreeMap<>();
        for (Field f : SKG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isPublic(m) || !Modifier.isStatic(m) || !Resource.class.isAssignableFrom(f.getType())) continue;
            String uri = ((Resource) f.get(null)).getURI();
            out.put(uri.startsWith(SKG.NS) ? uri.substring(SKG.NS.length()) : uri, f);
        }
        return out;
    }

    @Test
    void everyDeclaredTermHasItsConstantAndEveryConstantIsDeclared() throws IllegalAccessException {
        Map<String, Boolean> declared = declared();
        Map<String, Field> constants = constants();
        assertFalse(declared.isEmpty(), "no skg: term found in scamkg.ttl");
        List<String> wrong = new ArrayList<>();
        declared.forEach((name, isClass) -> {
            Field f = constants.get(name);
            if (f == null) wrong.add("skg:" + name + " is declared in scamkg.ttl but SKG.java has no constant for it");
            else if (!f.getName().equals(name)) wrong.add("SKG." + f.getName() + " holds skg:" + name + "; name it " + name);
            else if (isClass && Property.class.isAssignableFrom(f.getType())) wrong.add("SKG." + name + " is a Property, but skg:" + name + " is a class");
            else if (!isClass && !Property.class.isAssignableFrom(f.getType())) wrong.add("SKG." + name + " is a Resource, but skg:" + name + " is a property");
        });
        constants.forEach((name, f) -> {
            if (!declared.containsKey(name)) wrong.add("SKG." + f.getName() + " (" + name + ") is not a term scamkg.ttl declares");
        });
        assertEquals(List.of(), wrong);
    }
}
