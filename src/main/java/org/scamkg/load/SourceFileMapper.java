package org.scamkg.load;

import org.scamkg.common.StrictUtf8;

import org.scamkg.common.DisplayPath;

import org.scamkg.common.DateValue;

import org.scamkg.validate.QuoteChecker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * Maps one {@code data/sources/<slug>.yml} file to its named graph: the record card of the
 * source, then every section of what it says. Sections are mapped by their own classes; this
 * one owns the card, the names ({@code entities:}, {@code mentions:}) and the file layout.
 */
final class SourceFileMapper {
    static final List<String> SECTIONS = RecordFormat.get().topSections();

    /** The card field that says, with a reason, that a source's text may not be shared. */
    static final String NOT_REDISTRIBUTABLE = "not_redistributable";

    private final Path textsDir;

    SourceFileMapper(Path textsDir) { this.textsDir = textsDir; }

    /** The result: the source's slug and its declared assertions (checked later over the whole load). */
    record Mapped(String slug, Optional<SourceAssertions> assertions) {}

    Optional<Mapped> map(RecordNode root, Path path, MappingContext ctx) {
        RecordFields top = new RecordFields(root, ctx.file(), ctx.problems());
        if (!root.isMap()) {
            top.problemAt(root, "a source file is a mapping with the sections " + String.join(", ", SECTIONS));
            return Optional.empty();
        }
        Optional<RecordFields> card = top.record("source");
        if (card.isEmpty()) {
            if (!top.has("source")) top.problem("source", "required section is missing");
            top.finish();
            return Optional.empty();
        }
        Optional<String> slug = mapCard(card.get(), path, ctx);
        if (slug.isEmpty()) return Optional.empty();
        Optional<SourceAssertions> assertions = top.record("assertions").map(a -> SourceAssertions.read(a, ctx.vocabulary().kinds()));
        if (!top.has("assertions")) top.problem("assertions", "required section is missing: how many persons, organisations, events and claims this source yields");
        EntityWriter entities = new EntityWriter(ctx);
        for (RecordFields rec : top.records("entities")) mapEntity(rec, entities, ctx);
        for (RecordFields rec : top.records("mentions")) mapMention(rec, slug.get(), ctx);
        for (RecordFields rec : top.records("holdings")) new HoldingMapper(ctx, slug.get()).map(rec);
        for (RecordFields rec : top.records("events")) new EventMapper(ctx).map(rec);
        for (RecordFields rec : top.records("licences")) new LicenceMapper(ctx).map(rec);
        for (RecordFields rec : top.records("claims")) new ClaimMapper(ctx).map(rec);
        top.finish();
        return Optional.of(new Mapped(slug.get(), assertions));
    }

    private Optional<String> mapCard(RecordFields card, Path path, MappingContext ctx) {
        Optional<Ids.Ref> id = card.requiredRef("id", Ids.Kind.SOURCE);
        String expectedFile = id.map(r -> r.slug() + ".yml").orElse(null);
        if (id.isPresent() && !path.getFileName().toString().equals(expectedFile))
            card.problem("id", "the file of source '" + id.get() + "' must be named " + expectedFile);
        String language = card.text("language").orElse("en");
        if (!language.matches("[a-z]{2,3}")) card.problem("language", "'" + language + "' is not a language code such as en or km");
        Optional<String> file = card.text("file");
        Optional<String> notRedistributable = card.text(NOT_REDISTRIBUTABLE);
        // Quotes go unchecked only when the record says, with a reason, that the text may not be
        // shared: a missing or misnamed text is an error, never a silent switch.
        if (file.isPresent() && notRedistributable.isPresent())
            card.problem(NOT_REDISTRIBUTABLE, "give either file (the text in data/texts/) or " + NOT_REDISTRIBUTABLE + ", not both");
        else if (file.isEmpty() && notRedistributable.isEmpty() && !card.has("file") && !card.has(NOT_REDISTRIBUTABLE))
            card.problem("file", "required field is missing: the source's text in data/texts/, or " + NOT_REDISTRIBUTABLE
                    + ": <why> when its licence forbids sharing it (its quotes are then not checked)");
        else if (card.has(NOT_REDISTRIBUTABLE) && notRedistributable.filter(r -> !r.isBlank()).isEmpty())
            card.problem(NOT_REDISTRIBUTABLE, "say why the text may not be shared");
        QuoteChecker quotes = new QuoteChecker(file.flatMap(f -> readText(f, card)).orElse(null));
        Resource source = ResourceFactory.createResource(id.map(Ids.Ref::iri).orElse(Ids.ID + "source/unknown"));
        ctx.setSource(source, language, quotes);
        Optional<String> type = card.oneOf("type", ctx.vocabulary().kinds().words(Ids.Kind.SOURCE));
        if (type.isEmpty() && !card.has("type")) card.problem("type", "required field is missing: one of " + ctx.vocabulary().kinds().words(Ids.Kind.SOURCE));
        type.ifPresent(t -> ctx.vocabulary().kinds().types(Ids.Kind.SOURCE, Optional.of(t)).forEach(r -> ctx.type(source, r, card.origin("type"))));
        card.requiredText("title").ifPresent(t -> ctx.add(source, DCTerms.title, ctx.text(t), card.origin("title")));
        card.ref("publisher", Ids.Kind.ORG).flatMap(r -> ctx.resolve(r, card.origin("publisher")))
                .ifPresent(p -> ctx.add(source, SchemaDO.publisher, p, card.origin("publisher")));
        card.date("published").ifPresent(d -> ctx.date(source, SchemaDO.datePublished, SKG.firstDay, SKG.lastDay, d, card.origin("published")));
        ctx.add(source, SchemaDO.inLanguage, ctx.model().createLiteral(language), card.origin("language"));
        file.ifPresent(f -> ctx.add(source, SKG.localFile, ctx.model().createLiteral(f), card.origin("file")));
        card.finish();
        return id.map(Ids.Ref::slug);
    }

    private Optional<String> readText(String fileName, RecordFields card) {
        if (!fileName.matches("[A-Za-z0-9._-]+")) {
            card.problem("file", "'" + fileName + "' is not a plain file name");
            return Optional.empty();
        }
        Path text = textsDir.resolve(fileName);
        if (!Files.isRegularFile(text)) {
            card.problem("file", "the source's text " + DisplayPath.of(text) + " is not there: add it, correct the name, or say "
                    + NOT_REDISTRIBUTABLE + ": <why> instead of file");
            return Optional.empty();
        }
        try {
            return Optional.of(StrictUtf8.decode(Files.readAllBytes(text)));
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            // the text's own line, not the record's: that is where the fix is
            card.problems().add(DisplayPath.of(text), e.line, "-", "not valid UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            card.problem("file", "cannot read " + text + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void mapEntity(RecordFields rec, EntityWriter writer, MappingContext ctx) {
        Optional<Ids.Ref> id = rec.requiredRef("id");
        if (id.isPresent()) {
            writer.write(id.get(), rec).ifPresent(r -> ctx.cite(r, rec));
        }
        rec.finish();
    }

    /**
     * A passage of this source about an entity: an attestation with the quote, and each name as
     * the source writes it, which also becomes an alias in this source's graph.
     */
    private void mapMention(RecordFields rec, String sourceSlug, MappingContext ctx) {
        Optional<Resource> entity = rec.requiredRef("of").flatMap(r -> ctx.resolve(r, rec.origin("of")));
        var names = rec.texts("as"); // optional: a passage may refer to an entity without naming it ("police")
        Optional<DateValue> on = rec.date("on");
        if (entity.isPresent()) {
            Resource attestation = ResourceFactory.createResource(entity.get().getURI() + "/attested/" + sourceSlug);
            ctx.type(attestation, SKG.Attestation, rec.origin());
            ctx.add(attestation, SKG.attests, entity.get(), rec.origin("of"));
            for (var n : names) {
                ctx.add(attestation, SKG.nameAsWritten, ctx.text(n.value()), n.origin());
                ctx.add(entity.get(), SKOS.altLabel, ctx.text(n.value()), n.origin());
                ctx.normalisedName(entity.get(), n.value(), n.origin());
            }
            on.ifPresent(d -> ctx.date(attestation, SKG.attestedOn, SKG.firstDay, SKG.lastDay, d, rec.origin("on")));
            ctx.cite(attestation, rec);
            CuratorNote.write(ctx, attestation, rec);
        } else {
            rec.texts("quote");
            rec.text("note");
        }
        rec.finish();
    }
}
