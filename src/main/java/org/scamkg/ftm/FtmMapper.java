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
    private final String dataset;
    private final Node source;
    private final Map<String, String> countryPlaces;
    private final Map<String, String> licenceTypes;
    private final NameNormaliser names;
    private final FtmSchemata schemata = FtmSchemata.get();
    private final FtmMapping mapping = FtmMapping.get();
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
        // when the dataset saw the entity: provenance of the import, typed so it can be compared
        seen(e, "first_seen", SKG.firstSeen, s, out);
        seen(e, "last_seen", SKG.lastSeen, s, out);
        mapOnly(e, out);
    }

    /** What our ontology says of an entity, by the mapping table (ftm/mapping.tsv): classes, names, links, dates; not its verbatim values. */
    public void mapOnly(FtmEntity e, Consumer<Triple> out) {
        FtmSchemata.Schema schema = schemata.schema(e.schema()).orElseThrow();
        Node s = entity(e.id());
        if (mapping.typesOnImport(e.schema()))
            for (Resource c : kinds.classesForFtmSchema(e.schema())) emit(out, s, RDF.type, c.asNode());
        List<FtmMapping.Row> rows = mapping.importRows(schema);
        for (FtmMapping.Row row : rows) apply(row, e, s, out);
        mapping.relation(e.schema()).ifPresent(r -> relation(e, r, s, out));
    }

    private Node entity(String id) { return NodeFactory.createURI(FTM.entityIri(dataset, id)); }

    private void apply(FtmMapping.Row row, FtmEntity e, Node s, Consumer<Triple> out) {
        String prop = row.ftm().orElseThrow(() -> new IllegalStateException("an import row needs its FtM property: " + row));
        Property ours = row.ours();
        switch (row.hook()) {
            case NAMES -> { // the first name is the label; every other name and alias an alternative label, each normalised
                List<String> values = e.values(prop);
                for (int i = 0; i < values.size(); i++) {
                    emit(out, s, prop.equals("name") && i == 0 ? ours : SKOS.altLabel, NodeFactory.createLiteralString(values.get(i)));
                    normalised(values.get(i), s, out);
                }
                return;
            }
            case FULL_AS_LABEL -> {
                if (e.values("name").isEmpty() && e.first(prop) != null) emit(out, s, ours, NodeFactory.createLiteralString(e.first(prop)));
                return;
            }
            case HOLDS -> {
                for (String h : e.values("holder")) for (String p : e.values("post")) emit(out, entity(h), ORG.holds, entity(p));
            }
            case EVENT_DATE -> {
                eventDate(e, s, out, prop, "startDate");
                return;
            }
            case SANCTION -> {
                sanction(e, s, out);
                return;
            }
            case CONTRACT_AWARD -> {
                for (String c : e.values("contract")) for (String sup : e.values(prop)) emit(out, entity(c), ours, entity(sup));
                return;
            }
            default -> { }
        }
        switch (row.form()) {
            case ENTITY -> link(e, prop, s, ours, out);
            case TEXT -> e.values(prop).forEach(v -> emit(out, s, ours, NodeFactory.createLiteralString(v)));
            case DATE -> date(e.first(prop)).ifPresent(d -> {
                emit(out, s, ours, d.literal().asNode());
                if (ours.equals(SKG.startDate)) emit(out, s, SKG.startDay, Literals.integer(d.firstDay()).asNode());
                if (ours.equals(SKG.endDate)) emit(out, s, SKG.endDay, Literals.integer(d.lastDay()).asNode());
            });
            case LABEL -> e.values(prop).forEach(v -> {
                String term = licenceTypes.get(v.toLowerCase(java.util.Locale.ROOT));
                if (term != null) emit(out, s, ours, NodeFactory.createURI(term));
            });
            case COUNTRY -> e.values(prop).forEach(code -> {
                String place = countryPlaces.get(code.toUpperCase(java.util.Locale.ROOT));
                if (place != null) emit(out, s, ours, NodeFactory.createURI(place));
            });
            default -> throw new IllegalStateException("no import for the form of " + row);
        }
    }

    private static void seen(FtmEntity e, String field, Property p, Node s, Consumer<Triple> out) {
        for (String v : e.meta().getOrDefault(field, List.of())) {
            String t = v.length() == 10 ? v + "T00:00:00" : v;
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?")
                    && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime.isValid(t))
                emit(out, s, p, NodeFactory.createLiteralDT(t, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        }
    }

    private void normalised(String name, Node s, Consumer<Triple> out) {
        String n = names.normalise(name);
        if (!n.isEmpty()) emit(out, s, SKG.normalisedName, NodeFactory.createLiteralString(n));
    }

    /** A Sanction is an event of type sanction about its entity, dated by its start (else listing) date. */
    private void sanction(FtmEntity e, Node s, Consumer<Triple> out) {
        emit(out, s, RDF.type, SKG.Event.asNode());
        emit(out, s, SKG.eventType, NodeFactory.createURI(Ids.vocab("event-type", "sanction")));
        link(e, "entity", s, SKG.subject, out);
        eventDate(e, s, out, "startDate", "listingDate", "date");
        String what = Optional.ofNullable(e.first("program")).or(() -> Optional.ofNullable(e.first("authority"))).orElse("sanction");
        emit(out, s, RDFS.label, NodeFactory.createLiteralString("Sanction: " + what));
    }

    /** An interest or relationship: a time-bounded skg:Relation of its type, from one end to the other. */
    private void relation(FtmEntity e, FtmMapping.Relation r, Node s, Consumer<Triple> out) {
        emit(out, s, RDF.type, SKG.Relation.asNode());
        emit(out, s, SKG.relationType, NodeFactory.createURI(Ids.vocab("relation-type", r.type())));
        link(e, r.from(), s, SKG.relationFrom, out);
        link(e, r.to(), s, SKG.relationTo, out);
        if (r.hook() == FtmMapping.Hook.MEMBER_OF)
            for (String m : e.values(r.from())) for (String o : e.values(r.to())) emit(out, entity(m), ORG.memberOf, entity(o));
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
