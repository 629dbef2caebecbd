package org.scamkg.export;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.scamkg.vocab.Prefixes;
import org.scamkg.vocab.SKG;

/**
 * The JSON-LD context of scamkg ({@code ontology/context.jsonld}), generated from the ontology so
 * every term has a short key: classes and properties by their local name ({@code claimant},
 * {@code Claim}), links typed as identifiers, numbers and day numbers with their datatype, English
 * as the default language. Our own terms win a clash of local names; the others stay compact
 * IRIs ({@code schema:Event}). Serializations always embed it, so no reader fetches anything.
 */
public final class JsonLdContext {
    private JsonLdContext() {}

    public static JsonObject of(Model ontology) {
        JsonObjectBuilder c = Json.createObjectBuilder();
        c.add("@version", 1.1);
        c.add("@language", "en");
        // "id" and "graph" are the prefixes of our identifiers and graphs (id:person/sar-sokha),
        // so only "type" is aliased; "@id" and "@graph" stay keywords.
        c.add("type", "@type");
        Prefixes.standard().getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> c.add(e.getKey(), e.getValue()));
        Map<String, JsonObjectBuilder> terms = new LinkedHashMap<>();
        Map<String, String> plainTerms = new LinkedHashMap<>();
        // Names and SKOS terms the data uses, which the ontology does not declare.
        plainTerms.put("label", RDFS.label.getURI());
        plainTerms.put("comment", RDFS.comment.getURI());
        plainTerms.put("prefLabel", "http://www.w3.org/2004/02/skos/core#prefLabel");
        plainTerms.put("definition", "http://www.w3.org/2004/02/skos/core#definition");
        plainTerms.put("editorialNote", "http://www.w3.org/2004/02/skos/core#editorialNote");
        terms.put("inScheme", link("http://www.w3.org/2004/02/skos/core#inScheme"));
        for (Resource t : sortedTerms(ontology)) {
            String local = t.getLocalName();
            if (local == null || local.isEmpty() || terms.containsKey(local) || plainTerms.containsKey(local)) continue;
            if (t.hasProperty(RDF.type, OWL.Class)) plainTerms.put(local, t.getURI());
            else if (t.hasProperty(RDF.type, OWL.ObjectProperty)) terms.put(local, link(t.getURI()));
            else {
                Statement range = t.getProperty(RDFS.range);
                String datatype = range != null && range.getObject().isURIResource() && range.getResource().getURI().startsWith(XSD.getURI())
                        && !range.getResource().equals(XSD.xstring) ? range.getResource().getURI() : null;
                if (datatype == null) plainTerms.put(local, t.getURI());
                else terms.put(local, Json.createObjectBuilder().add("@id", t.getURI()).add("@type", datatype));
            }
        }
        plainTerms.forEach(c::add);
        terms.forEach(c::add);
        return Json.createObjectBuilder().add("@context", c).build();
    }

    private static JsonObjectBuilder link(String iri) {
        return Json.createObjectBuilder().add("@id", iri).add("@type", "@id");
    }

    /** Classes and properties, ours first, then alphabetical, so a clash keeps our term. */
    private static List<Resource> sortedTerms(Model ontology) {
        return ontology.listSubjects().toList().stream()
                .filter(Resource::isURIResource)
                .filter(r -> r.hasProperty(RDF.type, OWL.Class) || r.hasProperty(RDF.type, OWL.ObjectProperty)
                        || r.hasProperty(RDF.type, OWL.DatatypeProperty))
                .sorted(Comparator.comparing((Resource r) -> !r.getURI().startsWith(SKG.NS)).thenComparing(Resource::getURI))
                .toList();
    }

    /** The context as the committed file holds it: pretty-printed JSON. */
    public static String text(JsonObject context) {
        StringWriter w = new StringWriter();
        JsonWriterFactory f = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter jw = f.createWriter(w)) {
            jw.writeObject(context);
        }
        return w.toString().strip() + "\n";
    }

    public static JsonObject parse(String text) {
        try (var r = Json.createReader(new StringReader(text))) {
            return r.readObject();
        }
    }
}
