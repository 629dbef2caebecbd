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
        rec.date("date").ifPresent(d -> ctx.date(e, SKG.date, SKG.firstDay, SKG.lastDay, d, rec.origin("date")));
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
        CuratorNote.write(ctx, e, rec);
        rec.finish();
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
