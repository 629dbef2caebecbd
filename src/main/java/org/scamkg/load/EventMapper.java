package org.scamkg.load;

import java.util.Optional;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * Maps an {@code events:} record: a raid, rescue, forum, licence grant… with its type, date at
 * the source's precision, place or site, who acted, who or what it was done to, who presided
 * and spoke, and how it relates to other events. The same event may be reported by several
 * sources; each report lands in its own source's graph.
 */
final class EventMapper {
    private final MappingContext ctx;

    EventMapper(MappingContext ctx) { this.ctx = ctx; }

    void map(RecordFields rec) {
        Optional<Resource> event = rec.requiredRef("id", Ids.Kind.EVENT).map(r -> ctx.model().createResource(r.iri()));
        Resource e = event.orElse(ctx.model().createResource());
        ctx.type(e, SKG.Event, rec.origin());
        rec.requiredText("type").flatMap(t -> ctx.term("event-type", t, rec.origin("type")))
                .ifPresent(t -> ctx.add(e, SKG.eventType, t, rec.origin("type")));
        rec.requiredText("name").ifPresent(n -> ctx.add(e, RDFS.label, ctx.text(n), rec.origin("name")));
        Optional<org.scamkg.common.DateValue> date = rec.date("date");
        link(rec, e, "place", SKG.place, Ids.Kind.PLACE);
        link(rec, e, "site", SKG.site, Ids.Kind.SITE);
        link(rec, e, "agents", SKG.agent, Ids.Kind.PERSON, Ids.Kind.ORG);
        link(rec, e, "subjects", SKG.subject, Ids.Kind.PERSON, Ids.Kind.ORG, Ids.Kind.PLACE, Ids.Kind.SITE, Ids.Kind.LICENCE);
        link(rec, e, "presided_by", SKG.presidedBy, Ids.Kind.PERSON);
        link(rec, e, "speakers", SKG.speaker, Ids.Kind.PERSON);
        link(rec, e, "part_of", SKG.partOf, Ids.Kind.EVENT);
        link(rec, e, "followed_by", SKG.followedBy, Ids.Kind.EVENT);
        link(rec, e, "licence", SKG.licence, Ids.Kind.LICENCE);
        rec.text("theme").ifPresent(t -> ctx.add(e, SKG.theme, ctx.text(t), rec.origin("theme")));
        rec.text("duration").ifPresent(d -> duration(rec, e, d));
        ctx.cite(e, rec);
        Resource dating = date.map(d -> dating(rec, e, d)).orElse(e);
        CuratorNote.write(ctx, dating, rec);
        rec.finish();
    }

    /**
     * The date as this source gives it, on this source's attestation of the event
     * ({@code <event>/attested/<source slug>}), never on the event itself: when two sources date
     * one event differently (a report released in August according to one, September according
     * to the other), each date stays paired with its own day range, source and quote in every
     * view (the union graph, and exports that drop the graphs), so a date-window query cannot pair
     * one source's first day with the other's last.
     */
    private Resource dating(RecordFields rec, Resource e, org.scamkg.common.DateValue d) {
        String sourceIri = ctx.source().getURI();
        Resource a = ctx.model().createResource(e.getURI() + "/attested/" + sourceIri.substring(sourceIri.lastIndexOf('/') + 1));
        ctx.type(a, SKG.Attestation, rec.origin("date"));
        ctx.add(a, SKG.attests, e, rec.origin("date"));
        ctx.date(a, SKG.date, SKG.firstDay, SKG.lastDay, d, rec.origin("date"));
        ctx.add(a, org.scamkg.vocab.PROV.wasDerivedFrom, ctx.source(), rec.origin());
        for (var q : e.listProperties(SKG.quote).toList()) ctx.add(a, SKG.quote, q.getObject(), rec.origin("quote"));
        return a;
    }

    private void link(RecordFields rec, Resource e, String field, Property p, Ids.Kind... kinds) {
        for (var r : rec.refs(field, kinds))
            ctx.resolve(r.value(), r.origin()).ifPresent(t -> ctx.add(e, p, t, r.origin()));
    }

    private void duration(RecordFields rec, Resource e, String d) {
        try {
            DatatypeFactory.newInstance().newDuration(d);
            ctx.add(e, SKG.duration, ctx.model().createTypedLiteral(d, XSDDatatype.XSDduration), rec.origin("duration"));
        } catch (IllegalArgumentException | DatatypeConfigurationException ex) {
            rec.problem("duration", "'" + d + "' is not an ISO 8601 duration such as P6M (six months) or P2D (two days)");
        }
    }
}
