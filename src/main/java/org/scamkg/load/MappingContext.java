package org.scamkg.load;

import org.scamkg.common.Literals;

import org.scamkg.common.CsvRows;

import org.scamkg.common.DateValue;
import org.scamkg.common.NameNormaliser;
import org.scamkg.common.Origin;
import org.scamkg.common.OriginIndex;
import org.scamkg.common.Problems;
import org.scamkg.validate.QuoteChecker;

import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.PROV;
import org.scamkg.vocab.SKG;

/**
 * What mapping one record file needs: the graph it writes, where each statement came from,
 * every defined identifier (to resolve references), the controlled vocabulary, and, for a
 * source, its IRI, language and text (to check quotes). Statements are added only through
 * {@link #add}, so each one is located for error reports.
 */
public final class MappingContext {
    private final Model model = ModelFactory.createDefaultModel();
    private final String file;
    private final Problems problems;
    private final OriginIndex origins;
    private final Definitions definitions;
    private final Vocabulary vocabulary;
    private final NameNormaliser names;
    private Resource source;
    private String language = "en";
    private QuoteChecker quotes = new QuoteChecker(null);

    public MappingContext(String file, Problems problems, OriginIndex origins, Definitions definitions, Vocabulary vocabulary,
                          NameNormaliser names) {
        this.file = file;
        this.problems = problems;
        this.origins = origins;
        this.definitions = definitions;
        this.vocabulary = vocabulary;
        this.names = names;
    }

    public Model model() { return model; }
    public String file() { return file; }
    public Problems problems() { return problems; }
    public Vocabulary vocabulary() { return vocabulary; }
    public Resource source() { return source; }
    public String language() { return language; }

    void setSource(Resource source, String language, QuoteChecker quotes) {
        this.source = source;
        this.language = language;
        this.quotes = quotes;
    }

    /** Notes the record a node comes from, for problems that concern the node as a whole. */
    public void declare(Resource node, Origin origin) { origins.node(node.asNode(), origin); }

    public void add(Resource subject, Property property, RDFNode object, Origin origin) {
        model.add(subject, property, object);
        origins.statement(subject.asNode(), property.asNode(), origin);
    }

    public void type(Resource subject, Resource type, Origin origin) { add(subject, RDF.type, type, origin); }

    public Literal text(String value) { return model.createLiteral(value, language); }

    /** Adds the name's matching form (skg:normalisedName), for linking across datasets. */
    public void normalisedName(Resource entity, String name, Origin origin) {
        String n = names.normalise(name);
        if (!n.isEmpty()) add(entity, SKG.normalisedName, model.createLiteral(n), origin);
    }

    /** The resource for a reference that some record defines; reports a problem otherwise. */
    public Optional<Resource> resolve(Ids.Ref ref, Origin origin) {
        if (!definitions.contains(ref.toString())) {
            problems.add(origin.problem("'" + ref + "' does not resolve: no registry row or record defines it"));
            return Optional.empty();
        }
        return Optional.of(ResourceFactory.createResource(ref.iri()));
    }

    /** The controlled term {@code scheme/term}; reports a problem otherwise. */
    public Optional<Resource> term(String scheme, String term, Origin origin) {
        if (!vocabulary.has(scheme, term)) {
            problems.add(origin.problem("'" + term + "' is not a term of the " + scheme + " scheme; its terms are listed in ontology/vocabularies.ttl"));
            return Optional.empty();
        }
        return Optional.of(ResourceFactory.createResource(Ids.vocab(scheme, term)));
    }

    /**
     * Cites the record's {@code quote} (one or a list; required) for {@code node}: adds
     * {@code prov:wasDerivedFrom} the source and each checked quote.
     */
    public void cite(Resource node, RecordFields rec) {
        add(node, PROV.wasDerivedFrom, source, rec.origin());
        var quoteList = rec.texts("quote");
        if (quoteList.isEmpty() && !rec.has("quote")) rec.problem("quote", "required field is missing: every fact needs the words of the source that support it");
        for (var q : quoteList) {
            Optional<String> reason = quotes.check(q.value());
            if (reason.isPresent()) problems.add(q.origin().problem(reason.get()));
            else add(node, SKG.quote, text(q.value()), q.origin());
        }
    }

    /** Adds a date literal and its first/last day numbers under the given properties. */
    public void date(Resource node, Property dateProperty, Property firstDay, Property lastDay, DateValue d, Origin origin) {
        add(node, dateProperty, d.literal(), origin);
        if (firstDay != null) add(node, firstDay, Literals.integer(d.firstDay()), origin);
        if (lastDay != null) add(node, lastDay, Literals.integer(d.lastDay()), origin);
    }

}
