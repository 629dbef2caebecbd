package org.scamkg.export;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.scamkg.vocab.SKG;

/**
 * The ontology's documentation as one HTML page, generated from {@code ontology/}: each class and
 * property with its label, IRI, definition, example, parent, domain and range, in the shape of the
 * W3C ORG and PROV-O references; then each controlled vocabulary with its terms. Our own terms
 * come first; the reused ones follow with the meaning we give them.
 */
public final class OntologyDoc {
    private OntologyDoc() {}

    public static String html(Model ontology) {
        StringBuilder b = new StringBuilder();
        Resource onto = ontology.getResource("https://w3id.org/scamkg/ontology");
        b.append("<p>").append(escape(text(onto, RDFS.comment))).append("</p>");
        b.append("<p>Namespace <code>").append(SKG.NS).append("</code> (prefix <code>skg:</code>). Terms below are ours unless marked "
                + "<em>reused</em>. Worked examples, one per modelling pattern, are in <code>ontology/examples/</code>; "
                + "the SHACL shapes every load must pass are in <code>ontology/shapes.ttl</code>.</p>");
        section(b, "Classes", terms(ontology, OWL.Class), ontology);
        section(b, "Object properties", terms(ontology, OWL.ObjectProperty), ontology);
        section(b, "Data properties", terms(ontology, OWL.DatatypeProperty), ontology);
        section(b, "Annotation properties", terms(ontology, OWL.AnnotationProperty), ontology);
        b.append("<h2 id=\"vocabularies\">Controlled vocabularies</h2>");
        for (Resource scheme : sorted(ontology.listResourcesWithProperty(RDF.type, SKOS.ConceptScheme).toList())) {
            b.append("<h3 id=\"").append(escape(anchor(scheme))).append("\">").append(escape(text(scheme, RDFS.label)))
                    .append("</h3><p><code>").append(escape(scheme.getURI())).append("</code> — ")
                    .append(escape(text(scheme, RDFS.comment))).append("</p><table><thead><tr><th>term</th><th>label</th><th>definition</th></tr></thead><tbody>");
            for (Resource c : sorted(ontology.listResourcesWithProperty(SKOS.inScheme, scheme).toList()))
                b.append("<tr><td><code>").append(escape(c.getURI().substring(scheme.getURI().length() + 1))).append("</code></td><td>")
                        .append(escape(text(c, SKOS.prefLabel))).append("</td><td>").append(escape(text(c, SKOS.definition)))
                        .append("</td></tr>");
            b.append("</tbody></table>");
        }
        return page("scamkg ontology", b.toString());
    }

    private static void section(StringBuilder b, String title, List<Resource> terms, Model ontology) {
        b.append("<h2>").append(escape(title)).append("</h2>");
        for (Resource t : terms) {
            boolean ours = t.getURI().startsWith(SKG.NS);
            b.append("<h3 id=\"").append(escape(anchor(t))).append("\">").append(escape(text(t, RDFS.label)))
                    .append(ours ? "" : " <span class=\"muted\">(reused)</span>").append("</h3>")
                    .append("<p><code>").append(escape(t.getURI())).append("</code></p><p>").append(escape(text(t, RDFS.comment))).append("</p>");
            line(b, "Example", t.getProperty(SKOS.example), false);
            line(b, "Subclass of", t.getProperty(RDFS.subClassOf), true);
            line(b, "Domain", t.getProperty(RDFS.domain), true);
            line(b, "Range", t.getProperty(RDFS.range), true);
        }
    }

    private static void line(StringBuilder b, String label, Statement s, boolean link) {
        if (s == null) return;
        RDFNode o = s.getObject();
        String value = o.isURIResource() ? o.asResource().getURI() : o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
        b.append("<p><strong>").append(label).append(":</strong> ");
        if (link && o.isURIResource()) b.append("<a href=\"#").append(escape(anchor(o.asResource()))).append("\"><code>")
                .append(escape(value)).append("</code></a>");
        else b.append("<code>").append(escape(value)).append("</code>");
        b.append("</p>");
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

    private static final org.apache.jena.shared.PrefixMapping PREFIXES = org.scamkg.vocab.Prefixes.standard();

    private static String text(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null) s = r.getProperty(p);
        return s == null ? "" : s.getObject().isLiteral() ? s.getString() : s.getObject().toString();
    }

    /** The document stands alone (it is written by release and served as it is), so it carries its own escaping and style. */
    private static String escape(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>body{font-family:system-ui,sans-serif;margin:1.5rem;max-width:80rem;color:#222}"
                + "table{border-collapse:collapse;font-size:.9rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}"
                + "th{background:#f2f2f2}code{background:#f6f6f6;padding:0 .2rem}</style></head><body>"
                + "<h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }
}
