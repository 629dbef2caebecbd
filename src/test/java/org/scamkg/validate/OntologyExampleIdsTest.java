package org.scamkg.validate;

import org.scamkg.load.CuratedValidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * Every identifier a {@code skos:example} of the ontology or the vocabularies names is real: it
 * resolves in the curated data (entities, holdings, attestations, claims, sources) or, for a
 * controlled term, in the vocabularies. An example about things the curated data does not hold
 * (imported FollowTheMoney entities, curated links) says so: it starts with "Illustrative:".
 * An elided identifier ({@code licence/…}) names nothing and is not checked. An example that is
 * one statement between two identifiers ({@code S skg:p O.}) is a statement of the data.
 */
class OntologyExampleIdsTest {
    static final String ILLUSTRATIVE = "Illustrative:";
    /** A short-form identifier ({@code kind/slug}, longer paths for holdings, attestations and links), or {@code id:ftm/…}. */
    private static final Pattern SHORT_ID = Pattern.compile(
            "(?<![\\w/:.…-])(id:)?(?:person|org|post|site|place|licence|event|claim|source|ftm)/[\\w.…/-]*[\\w…]");
    private static final Pattern FULL_IRI = Pattern.compile(Pattern.quote(Ids.BASE) + "[\\w./-]*[\\w]");

    static DatasetGraph curated;
    static Model vocabularies;

    @BeforeAll
    static void load() {
        curated = CuratedValidation.run(TestProject.curated()).dataset();
        vocabularies = RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve("vocabularies.ttl").toString());
    }

    /** Every skos:example of both files. */
    static List<Statement> examples() {
        List<Statement> out = new ArrayList<>();
        for (String file : List.of("scamkg.ttl", "vocabularies.ttl"))
            out.addAll(RDFDataMgr.loadModel(TestProject.ONTOLOGY.resolve(file).toString()).listStatements(null, SKOS.example, (RDFNode) null).toList());
        return out;
    }

    /** The full IRIs of the identifiers an example names; elided ones left out. */
    static List<String> identifiers(String example) {
        List<String> out = new ArrayList<>();
        SHORT_ID.matcher(example).results().map(m -> m.group()).forEach(id -> out.add(Ids.ID + id.replaceFirst("^id:", "")));
        FULL_IRI.matcher(example).results().map(m -> m.group()).forEach(out::add);
        return out.stream().filter(id -> !id.contains("…")).distinct().toList();
    }

    private static boolean resolves(String iri) {
        Node n = NodeFactory.createURI(iri);
        if (iri.startsWith(Ids.VOCAB)) return vocabularies.getGraph().contains(n, Node.ANY, Node.ANY);
        return curated.find(Node.ANY, n, Node.ANY, Node.ANY).hasNext();
    }

    @Test
    void everyIdentifierInAnExampleResolvesOrTheExampleIsIllustrative() {
        List<String> unresolved = new ArrayList<>();
        for (Statement s : examples()) {
            String example = s.getString();
            if (example.startsWith(ILLUSTRATIVE)) continue;
            for (String iri : identifiers(example))
                if (!resolves(iri)) unresolved.add(s.getSubject().getLocalName() + ": " + Ids.shortForm(iri) + " in \"" + example + "\"");
        }
        assertEquals(List.of(), unresolved, "examples naming identifiers the curated data does not hold; name real ones, or start the example with '" + ILLUSTRATIVE + "'");
    }

    /** An example that is one statement, {@code S skg:p O.}, with S and O identifiers or controlled terms. */
    private static final Pattern STATEMENT = Pattern.compile("(\\S+) skg:(\\w+) <?([^\\s<>]+?)>?\\.?");

    @Test
    void everyExampleStatementBetweenRealIdentifiersHoldsInTheData() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Statement s : examples()) {
            Matcher m = STATEMENT.matcher(s.getString());
            if (!m.matches() || s.getString().contains("…") || s.getString().startsWith(ILLUSTRATIVE)) continue;
            List<String> subject = identifiers(m.group(1));
            List<String> object = identifiers(m.group(3));
            if (subject.size() != 1 || object.size() != 1) continue;
            checked++;
            Node p = NodeFactory.createURI(SKG.NS + m.group(2));
            if (!curated.find(Node.ANY, NodeFactory.createURI(subject.get(0)), p, NodeFactory.createURI(object.get(0))).hasNext())
                wrong.add(s.getSubject().getLocalName() + ": \"" + s.getString() + "\" is not in the curated data");
        }
        assertTrue(checked > 10, "only " + checked + " example statements checked");
        assertEquals(List.of(), wrong);
    }

    @Test
    void theIdentifierReaderFindsWhatExamplesName() {
        assertEquals(List.of(Ids.ID + "person/sar-kheng/holds/minister-of-interior", Ids.ID + "post/minister-of-interior"),
                identifiers("person/sar-kheng/holds/minister-of-interior skg:post post/minister-of-interior."));
        assertEquals(List.of(Ids.ID + "ftm/registry/dir-1", Ids.VOCAB + "relation-type/directorship"),
                identifiers("id:ftm/registry/dir-1 skg:relationType <https://w3id.org/scamkg/vocab/relation-type/directorship>."));
        assertEquals(List.of(Ids.ID + "org/gambling-commission"), identifiers("licence/… skg:issuer org/gambling-commission."));
        assertTrue(identifiers("\"2023-08\"^^xsd:gYearMonth").isEmpty());
        assertTrue(Stream.of("org/no-such-org").map(OntologyExampleIdsTest::identifiers).allMatch(ids -> !resolves(ids.get(0))));
    }
}
