package org.scamkg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scamkg.site.Templates;
import org.scamkg.vocab.Prefixes;
import org.scamkg.vocab.SKG;

/**
 * The ontology's documentation as one HTML page, generated from {@code ontology/}: each class and
 * property with its label, IRI, definition, example, parent, domain and range, in the shape of the
 * W3C ORG and PROV-O references; then each controlled vocabulary with its terms. Our own terms
 * come first; the reused ones follow with the meaning we give them. Rendered from the site's
 * template {@code ontology.mustache} (escaping on), in the site's look: served at
 * {@code /ontology} with the site's navigation ({@link #html}), and written by the release as a
 * file that stands alone beside its {@code site.css} ({@link #standalone}).
 */
public final class OntologyDoc {
    /** The style sheet a standalone page links to, by this name, in its own folder. */
    public static final String STYLE_SHEET = "site.css";
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private OntologyDoc() {}

    /** A value of a term: a link to its entry when it is documented on the page. */
    record Value(String text, String href) {}

    record Fact(String label, Value value) {}

    record Term(String anchor, String name, String label, String iri, String comment, boolean ours, List<Fact> facts) {
        public boolean hasFacts() { return !facts.isEmpty(); }
    }

    record Section(String id, String title, List<Term> terms) {
        public int count() { return terms.size(); }
    }

    record Concept(String name, String label, String definition) {}

    record Scheme(String anchor, String label, String iri, String comment, List<Concept> concepts) {}

    /** The page as the server shows it, with the site's navigation. */
    public static String html(Model ontology) {
        return render(ontology, false);
    }

    /** The page as a file of its own (the release's {@code ontology.html}): no site navigation, {@value #STYLE_SHEET} beside it. */
    public static String standalone(Model ontology) {
        return render(ontology, true);
    }

    private static String render(Model ontology, boolean standalone) {
        List<Section> sections = List.of(
                section("classes", "Classes", ontology, OWL.Class),
                section("object-properties", "Object properties", ontology, OWL.ObjectProperty),
                section("data-properties", "Data properties", ontology, OWL.DatatypeProperty),
                section("annotation-properties", "Annotation properties", ontology, OWL.AnnotationProperty));
        Set<String> documented = sections.stream().flatMap(s -> s.terms().stream()).map(Term::iri).collect(Collectors.toSet());
        sections = sections.stream().map(s -> new Section(s.id(), s.title(), s.terms().stream().map(t -> linked(t, documented)).toList())).toList();
        List<Scheme> schemes = new ArrayList<>();
        for (Resource scheme : sorted(ontology.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).toList())) {
            List<Concept> concepts = new ArrayList<>();
            for (Resource c : sorted(ontology.listResourcesWithProperty(SKOS.inScheme, scheme).toList()))
                concepts.add(new Concept(c.getURI().substring(scheme.getURI().length() + 1), text(c, SKOS.prefLabel), text(c, SKOS.definition)));
            schemes.add(new Scheme(anchor(scheme), text(scheme, RDFS.label), scheme.getURI(), text(scheme, RDFS.comment), concepts));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("title", "The scamkg ontology");
        m.put("standalone", standalone);
        m.put("comment", text(ontology.getResource(SKG.NS.substring(0, SKG.NS.length() - 1)), RDFS.comment));
        m.put("namespace", SKG.NS);
        m.put("sections", sections);
        m.put("schemes", schemes);
        m.put("schemeCount", schemes.size());
        return Templates.render("ontology", m);
    }

    private static Section section(String id, String title, Model m, Resource type) {
        List<Term> terms = new ArrayList<>();
        for (Resource t : terms(m, type)) {
            List<Fact> facts = new ArrayList<>();
            fact(facts, "Example", t.getProperty(SKOS.example));
            fact(facts, "Subclass of", t.getProperty(RDFS.subClassOf));
            fact(facts, "Domain", t.getProperty(RDFS.domain));
            fact(facts, "Range", t.getProperty(RDFS.range));
            terms.add(new Term(anchor(t), name(t), text(t, RDFS.label), t.getURI(), text(t, RDFS.comment), t.getURI().startsWith(SKG.NS), facts));
        }
        return new Section(id, title, terms);
    }

    private static void fact(List<Fact> facts, String label, Statement s) {
        if (s == null) return;
        RDFNode o = s.getObject();
        String value = o.isURIResource() ? o.asResource().getURI() : o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
        facts.add(new Fact(label, new Value(value, o.isURIResource() ? "#" + anchor(o.asResource()) : "")));
    }

    /** Links only to entries on the page: a range such as {@code xsd:string} is shown, not linked. */
    private static Term linked(Term t, Set<String> documented) {
        List<Fact> facts = t.facts().stream().map(f -> f.value().href().isEmpty() || documented.contains(f.value().text()) ? f
                : new Fact(f.label(), new Value(f.value().text(), ""))).toList();
        return new Term(t.anchor(), t.name(), t.label(), t.iri(), t.comment(), t.ours(), facts);
    }

    private static List<Resource> terms(Model m, Resource type) {
        return m.listResourcesWithProperty(RDF.type, type).toList().stream().filter(Resource::isURIResource)
                .sorted(Comparator.comparing((Resource r) -> !r.getURI().startsWith(SKG.NS)).thenComparing(Resource::getURI))
                .collect(Collectors.toList());
    }

    private static List<Resource> sorted(List<Resource> rs) {
        return rs.stream().filter(Resource::isURIResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    /**
     * A term's anchor is its name, so {@code …/ontology#Attestation} opens at its own entry; a
     * reused term's anchor has its prefix ({@code schema-Event}), since its name may be ours too.
     */
    static String anchor(Resource r) {
        String uri = r.getURI();
        if (uri.startsWith(SKG.NS)) return uri.substring(SKG.NS.length());
        String local = uri.replaceFirst("^.*[#/]", "");
        String prefix = PREFIXES.getNsURIPrefix(uri.substring(0, uri.length() - local.length()));
        return (prefix == null ? "term" : prefix) + "-" + local;
    }

    /** The term as it is written in queries: {@code skg:Claim}, {@code schema:Event}. */
    private static String name(Resource r) {
        String short_ = PREFIXES.shortForm(r.getURI());
        return short_.equals(r.getURI()) ? r.getURI().replaceFirst("^.*[#/]", "") : short_;
    }

    private static String text(Resource r, Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null) s = r.getProperty(p);
        return s == null ? "" : s.getObject().isLiteral() ? s.getString() : s.getObject().toString();
    }
}
