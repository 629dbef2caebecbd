package org.scamkg.ftm;

import java.util.Set;
import org.scamkg.vocab.Kinds;

import org.scamkg.vocab.FTM;

import org.scamkg.common.DateValue;

import org.scamkg.common.Literals;

import org.scamkg.common.NameNormaliser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.PROV;
import org.scamkg.vocab.SKG;

/**
 * Maps one FollowTheMoney entity to RDF. Every property value is kept verbatim under its
 * FollowTheMoney property ({@code ftm:Thing:name}), so nothing is dropped and an export gives it
 * back exactly; then the schemata of our domain are also mapped into our ontology (a Person is a
 * foaf:Person with names and country, a Directorship a time-bounded skg:Relation, an Occupancy a
 * skg:Holding, a Sanction an event, a License a skg:Licence…). See docs/ftm.md.
 */
public final class FtmMapper {
    /** Interest and relationship schemata: their relation type and the properties at each end. */
    private record Edge(String type, String from, String to) {}

    private static final Map<String, Edge> RELATIONS = Map.of(
            "Ownership", new Edge("ownership", "owner", "asset"),
            "Directorship", new Edge("directorship", "director", "organization"),
            "Membership", new Edge("membership", "member", "organization"),
            "Employment", new Edge("employment", "employee", "employer"),
            "Representation", new Edge("representation", "agent", "client"),
            "Associate", new Edge("associate", "person", "associate"),
            "Family", new Edge("family", "person", "relative"),
            "UnknownLink", new Edge("other-link", "subject", "object"));

    /**
     * The schemata whose entities also get our classes (those the ontology writes as the schema,
     * skg:ftmSchema). Others (Note, Document, Documentation, Identification…) are kept verbatim only:
     * an imported note is not one of our claims.
     */
    private static final Set<String> TYPED = Set.of("Person", "LegalEntity", "Organization", "Company", "PublicBody", "Address",
            "Position", "Occupancy", "Event", "License");

    private static final List<String> COUNTRY_PROPERTIES = List.of("country", "nationality", "citizenship", "jurisdiction", "mainCountry");
    private static final List<String> ALIAS_PROPERTIES = List.of("alias", "previousName", "weakAlias");

    private final String dataset;
    private final Node source;
    private final Map<String, String> countryPlaces;
    private final Map<String, String> licenceTypes;
    private final NameNormaliser names;
    private final FtmSchemata schemata = FtmSchemata.get();
    private final Kinds kinds;

    /**
     * @param countryPlaces our country places by ISO code (upper case)
     * @param licenceTypes  our licence-type terms by lower-case label
     */
    public FtmMapper(String dataset, String sourceIri, Map<String, String> countryPlaces, Map<String, String> licenceTypes,
                     NameNormaliser names, Kinds kinds) {
        this.dataset = dataset;
        this.kinds = kinds;
        this.source = NodeFactory.createURI(sourceIri);
        this.countryPlaces = countryPlaces;
        this.licenceTypes = licenceTypes;
        this.names = names;
    }

    public void map(FtmEntity e, Consumer<Triple> out) {
        FtmSchemata.Schema schema = schemata.schema(e.schema()).orElseThrow();
        Node s = entity(e.id());
        emit(out, s, RDF.type, FTM.schema(e.schema()).asNode());
        emit(out, s, SKG.ftmId, NodeFactory.createLiteralString(e.id()));
        emit(out, s, PROV.wasDerivedFrom, source);
        e.properties().forEach((prop, values) -> {
            FtmSchemata.Property p = schema.properties().get(prop);
            for (String v : values)
                emit(out, s, FTM.property(p.definedBy(), prop), p.isEntity() ? entity(v) : NodeFactory.createLiteralString(v));
        });
        e.meta().forEach((field, values) -> values.forEach(v -> emit(out, s, FTM.meta(field), NodeFactory.createLiteralString(v))));
        mapNames(e, s, out);
        mapKinds(e, schema, s, out);
    }

    private Node entity(String id) { return NodeFactory.createURI(FTM.entityIri(dataset, id)); }

    private void mapNames(FtmEntity e, Node s, Consumer<Triple> out) {
        List<String> ns = e.values("name");
        for (int i = 0; i < ns.size(); i++) {
            emit(out, s, i == 0 ? RDFS.label : SKOS.altLabel, NodeFactory.createLiteralString(ns.get(i)));
            normalised(ns.get(i), s, out);
        }
        for (String a : ALIAS_PROPERTIES)
            for (String v : e.values(a)) {
                emit(out, s, SKOS.altLabel, NodeFactory.createLiteralString(v));
                normalised(v, s, out);
            }
        for (String c : COUNTRY_PROPERTIES)
            for (String code : e.values(c)) {
                String place = countryPlaces.get(code.toUpperCase(java.util.Locale.ROOT));
                if (place != null) emit(out, s, SKG.country, NodeFactory.createURI(place));
            }
    }

    private void normalised(String name, Node s, Consumer<Triple> out) {
        String n = names.normalise(name);
        if (!n.isEmpty()) emit(out, s, SKG.normalisedName, NodeFactory.createLiteralString(n));
    }

    private void mapKinds(FtmEntity e, FtmSchemata.Schema schema, Node s, Consumer<Triple> out) {
        String name = e.schema();
        // The classes come from the ontology (skg:ftmSchema); the switch maps the properties of each schema.
        if (TYPED.contains(name)) for (Resource c : kinds.classesForFtmSchema(name)) emit(out, s, RDF.type, c.asNode());
        switch (name) {
            case "Address" -> {
                if (e.values("name").isEmpty() && e.first("full") != null) emit(out, s, RDFS.label, NodeFactory.createLiteralString(e.first("full")));
            }
            case "Position" -> {
                link(e, "organization", s, ORG.postIn, out);
            }
            case "Occupancy" -> {
                link(e, "holder", s, SKG.holder, out);
                link(e, "post", s, SKG.post, out);
                for (String h : e.values("holder")) for (String p : e.values("post")) emit(out, entity(h), ORG.holds, entity(p));
                dates(e, s, out);
            }
            case "Event" -> {
                eventDate(e, s, out, "date", "startDate");
                link(e, "organizer", s, SKG.agent, out);
                link(e, "involved", s, SKG.subject, out);
            }
            case "Sanction" -> {
                emit(out, s, RDF.type, SKG.Event.asNode());
                emit(out, s, SKG.eventType, NodeFactory.createURI(Ids.vocab("event-type", "sanction")));
                link(e, "entity", s, SKG.subject, out);
                eventDate(e, s, out, "startDate", "listingDate", "date");
                String what = Optional.ofNullable(e.first("program")).or(() -> Optional.ofNullable(e.first("authority"))).orElse("sanction");
                emit(out, s, RDFS.label, NodeFactory.createLiteralString("Sanction: " + what));
            }
            case "License" -> {
                link(e, "authority", s, SKG.issuer, out);
                for (String t : e.values("type")) {
                    String term = licenceTypes.get(t.toLowerCase(java.util.Locale.ROOT));
                    if (term != null) emit(out, s, SKG.licenceType, NodeFactory.createURI(term));
                }
            }
            case "ContractAward" -> {
                for (String c : e.values("contract")) for (String sup : e.values("supplier")) emit(out, entity(c), SKG.licensee, entity(sup));
            }
            default -> {
                // an interest or relationship; other schemata (Note, Document…) keep their FollowTheMoney form only
                Edge edge = RELATIONS.get(name);
                if (edge != null) relation(e, name, edge, s, out);
            }
        }
        if (schema.is("LegalEntity"))
            for (String parent : e.values("parent")) emit(out, s, ORG.subOrganizationOf, entity(parent));
    }


    private void relation(FtmEntity e, String name, Edge edge, Node s, Consumer<Triple> out) {
        emit(out, s, RDF.type, SKG.Relation.asNode());
        emit(out, s, SKG.relationType, NodeFactory.createURI(Ids.vocab("relation-type", edge.type())));
        link(e, edge.from(), s, SKG.relationFrom, out);
        link(e, edge.to(), s, SKG.relationTo, out);
        if (name.equals("Membership"))
            for (String m : e.values("member")) for (String o : e.values("organization")) emit(out, entity(m), ORG.memberOf, entity(o));
        dates(e, s, out);
    }

    private void link(FtmEntity e, String prop, Node s, Property p, Consumer<Triple> out) {
        for (String v : e.values(prop)) emit(out, s, p, entity(v));
    }

    private void dates(FtmEntity e, Node s, Consumer<Triple> out) {
        date(e.first("startDate")).ifPresent(d -> {
            emit(out, s, SKG.startDate, d.literal().asNode());
            emit(out, s, SKG.startDay, Literals.integer(d.firstDay()).asNode());
        });
        date(e.first("endDate")).ifPresent(d -> {
            emit(out, s, SKG.endDate, d.literal().asNode());
            emit(out, s, SKG.endDay, Literals.integer(d.lastDay()).asNode());
        });
    }

    private void eventDate(FtmEntity e, Node s, Consumer<Triple> out, String... properties) {
        for (String p : properties) {
            Optional<DateValue> d = date(e.first(p));
            if (d.isPresent()) {
                emit(out, s, SKG.date, d.get().literal().asNode());
                emit(out, s, SKG.firstDay, Literals.integer(d.get().firstDay()).asNode());
                emit(out, s, SKG.lastDay, Literals.integer(d.get().lastDay()).asNode());
                return;
            }
        }
    }

    /** A FollowTheMoney date (a prefix of an ISO date-time) at the precision it is given. */
    static Optional<DateValue> date(String v) {
        if (v == null) return Optional.empty();
        return DateValue.parse(v.length() > 10 ? v.substring(0, 10) : v);
    }

    private static void emit(Consumer<Triple> out, Node s, RDFNode p, Node o) {
        out.accept(Triple.create(s, p.asNode(), o));
    }
}
