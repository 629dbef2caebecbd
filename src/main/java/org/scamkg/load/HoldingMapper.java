package org.scamkg.load;

import org.scamkg.common.DateValue;

import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * Maps a {@code holdings:} record: that a person or organisation held a post, as this source
 * attests on a date. The holding's IRI is derived from holder and post
 * ({@code person/sar-kheng/holds/minister-of-interior}), so every source attesting the same
 * holding adds to one node; {@code term: 2} separates a second, distinct term of office.
 * Start and end are written only when the record gives them.
 */
final class HoldingMapper {
    private final MappingContext ctx;
    private final String sourceSlug;

    HoldingMapper(MappingContext ctx, String sourceSlug) {
        this.ctx = ctx;
        this.sourceSlug = sourceSlug;
    }

    void map(RecordFields rec) {
        Optional<Ids.Ref> holderRef = rec.requiredRef("holder", Ids.Kind.PERSON, Ids.Kind.ORG);
        Optional<Ids.Ref> postRef = rec.requiredRef("post", Ids.Kind.POST);
        Optional<Resource> holder = holderRef.flatMap(r -> ctx.resolve(r, rec.origin("holder")));
        Optional<Resource> post = postRef.flatMap(r -> ctx.resolve(r, rec.origin("post")));
        Optional<DateValue> on = rec.date("on");
        Optional<DateValue> start = rec.date("start");
        Optional<DateValue> end = rec.date("end");
        Optional<Integer> term = rec.count("term", 2);
        if (start.isPresent() && end.isPresent() && start.get().firstDay() > end.get().lastDay())
            rec.problem("end", "ends before it starts");
        if (holder.isEmpty() || post.isEmpty()) {
            rec.texts("quote");
            rec.text("note");
            rec.finish();
            return;
        }
        String suffix = term.map(t -> "-" + t).orElse("");
        Resource holding = ResourceFactory.createResource(holder.get().getURI() + "/holds/" + postRef.get().slug() + suffix);
        ctx.type(holding, SKG.Holding, rec.origin());
        ctx.add(holding, SKG.holder, holder.get(), rec.origin("holder"));
        ctx.add(holding, SKG.post, post.get(), rec.origin("post"));
        ctx.add(holder.get(), ORG.holds, post.get(), rec.origin("post"));
        ctx.add(post.get(), ORG.heldBy, holder.get(), rec.origin("holder"));
        start.ifPresent(d -> ctx.date(holding, SKG.startDate, SKG.startDay, null, d, rec.origin("start")));
        end.ifPresent(d -> ctx.date(holding, SKG.endDate, null, SKG.endDay, d, rec.origin("end")));
        ctx.cite(holding, rec);

        Resource attestation = ResourceFactory.createResource(holding.getURI() + "/attested/" + sourceSlug);
        ctx.type(attestation, SKG.Attestation, rec.origin());
        ctx.add(attestation, SKG.attests, holding, rec.origin());
        on.ifPresent(d -> ctx.date(attestation, SKG.attestedOn, SKG.firstDay, SKG.lastDay, d, rec.origin("on")));
        ctx.cite(attestation, rec);
        CuratorNote.write(ctx, attestation, rec);
        rec.finish();
    }
}
