package org.scamkg.load;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * Maps a {@code licences:} record: type, issuer, licensee and, where named, the site. When it
 * was granted is the date of the licence-grant event that points to it.
 */
final class LicenceMapper {
    private final MappingContext ctx;

    LicenceMapper(MappingContext ctx) { this.ctx = ctx; }

    void map(RecordFields rec) {
        Optional<Resource> licence = rec.requiredRef("id", Ids.Kind.LICENCE).map(r -> ctx.model().createResource(r.iri()));
        Resource l = licence.orElse(ctx.model().createResource());
        ctx.type(l, SKG.Licence, rec.origin());
        rec.requiredText("name").ifPresent(n -> ctx.add(l, RDFS.label, ctx.text(n), rec.origin("name")));
        rec.requiredText("type").flatMap(t -> ctx.term("licence-type", t, rec.origin("type")))
                .ifPresent(t -> ctx.add(l, SKG.licenceType, t, rec.origin("type")));
        rec.requiredRef("issuer", Ids.Kind.ORG).flatMap(r -> ctx.resolve(r, rec.origin("issuer")))
                .ifPresent(o -> ctx.add(l, SKG.issuer, o, rec.origin("issuer")));
        rec.requiredRef("licensee", Ids.Kind.ORG, Ids.Kind.PERSON).flatMap(r -> ctx.resolve(r, rec.origin("licensee")))
                .ifPresent(o -> ctx.add(l, SKG.licensee, o, rec.origin("licensee")));
        rec.ref("site", Ids.Kind.SITE).flatMap(r -> ctx.resolve(r, rec.origin("site")))
                .ifPresent(s -> ctx.add(l, SKG.licensedSite, s, rec.origin("site")));
        ctx.cite(l, rec);
        CuratorNote.write(ctx, l, rec);
        rec.finish();
    }
}
