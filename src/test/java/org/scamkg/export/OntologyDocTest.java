package org.scamkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.vocab.SKG;

/**
 * The ontology's documentation, served at /ontology and written by the release: from the site's
 * template, escaped, in the site's look, an anchor named after every term, and every link on the
 * page leads somewhere that exists.
 */
class OntologyDocTest {
    static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, TestProject.ONTOLOGY.resolve("scamkg.ttl").toString());
        RDFDataMgr.read(m, TestProject.ONTOLOGY.resolve("vocabularies.ttl").toString());
        return m;
    }

    static Set<String> matches(String html, String regex) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile(regex).matcher(html);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void everyTermHasItsAnchorAndEveryInPageLinkLands() {
        String html = OntologyDoc.html(ontology());
        Set<String> ids = matches(html, "id=\"([^\"]+)\"");
        Model m = ontology();
        int terms = 0;
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty})
            for (Resource t : m.listResourcesWithProperty(RDF.type, type).toList())
                if (t.isURIResource() && t.getURI().startsWith(SKG.NS)) {
                    terms++;
                    assertTrue(ids.contains(t.getURI().substring(SKG.NS.length())), "anchor for " + t);
                }
        assertTrue(terms > 20, "the ontology's terms were read: " + terms);
        for (String target : matches(html, "href=\"#([^\"]+)\"")) assertTrue(ids.contains(target), "a link to #" + target + " lands nowhere");
    }

    @Test
    void theServedPageHasTheSitesLookAndNavigation() {
        String html = OntologyDoc.html(ontology());
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">"), "the site's style sheet");
        assertTrue(html.contains("<header class=\"site\">") && html.contains("href=\"/search\"") && html.contains("href=\"/queries\""), "the site's navigation");
        assertTrue(html.contains("Controlled vocabularies") && html.contains("https://w3id.org/scamkg/ontology#Claim"));
        assertFalse(html.contains("<style>"), "no style of its own");
    }

    /** The release's copy opens from disk: no link to the server's paths, its style sheet beside it. */
    @Test
    void theStandalonePageLinksOnlyToItselfItsStyleSheetAndTheWeb() {
        String html = OntologyDoc.standalone(ontology());
        for (String href : matches(html, "(?:href|src)=\"([^\"]*)\""))
            assertTrue(href.startsWith("#") || href.equals(OntologyDoc.STYLE_SHEET) || href.startsWith("https://") || href.startsWith("http://"),
                    "a link the file cannot follow: " + href);
        assertTrue(html.contains("href=\"" + OntologyDoc.STYLE_SHEET + "\""));
        assertFalse(html.contains("<script"), "no script in a file that stands alone");
        assertTrue(html.contains("id=\"Attestation\""));
    }

    @Test
    void labelsAndCommentsAreEscaped() {
        Model m = ontology();
        Resource hostile = m.createResource(SKG.NS + "Hostile").addProperty(RDF.type, OWL.Class)
                .addProperty(RDFS.label, "<script>alert(1)</script>").addProperty(RDFS.comment, "a \"quoted\" <b>comment</b>");
        assertEquals(SKG.NS + "Hostile", hostile.getURI());
        for (String html : new String[] {OntologyDoc.html(m), OntologyDoc.standalone(m)}) {
            assertFalse(html.contains("<script>alert") || html.contains("<b>comment"), "markup from the ontology");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the label, escaped");
        }
    }
}
