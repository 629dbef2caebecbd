package org.scamkg.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.FTM;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.PROV;
import org.scamkg.vocab.SKG;

/**
 * Maps the curators' links ({@code data/links/*.csv}: our IRI, the imported dataset and
 * FollowTheMoney id, who confirmed the link and why) to the links graph. These are the only way
 * an imported entity joins one of ours: nothing is merged by matching alone.
 */
final class LinkMapper {
    static final List<String> COLUMNS = List.of("iri", "dataset", "ftm_id", "confirmed_by", "reason");
    static final String SOURCE = Ids.ID + "source/scamkg-links";
    static final String GRAPH = Ids.GRAPH + "links";

    private final MappingContext ctx;

    LinkMapper(MappingContext ctx) {
        this.ctx = ctx;
        Resource source = ResourceFactory.createResource(SOURCE);
        Origin origin = new Origin("data/links", 0, "-");
        ctx.setSource(source, "en", new QuoteChecker(null));
        ctx.type(source, SchemaDO.CreativeWork, origin);
        ctx.type(source, SchemaDO.Dataset, origin);
        ctx.add(source, DCTerms.title, ctx.text("scamkg curated links to imported datasets"), origin);
    }

    void map(Path file) {
        String display = DataLayout.display(file);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            while (true) {
                int line = it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) break;
                Map<String, String> row = it.nextValue();
                if (line == 1 && !row.keySet().containsAll(COLUMNS)) {
                    ctx.problems().add(display, 1, "-", "the columns are " + String.join(",", COLUMNS));
                    return;
                }
                row(display, line, row);
            }
        } catch (IOException | RuntimeException e) {
            ctx.problems().add(display, 0, "-", "not valid CSV: " + e.getMessage());
        }
    }

    private void row(String file, int line, Map<String, String> row) {
        for (String c : row.keySet())
            if (!COLUMNS.contains(c)) ctx.problems().add(file, 1, c, "unknown column; the columns are " + String.join(",", COLUMNS));
        for (String c : COLUMNS)
            if (row.getOrDefault(c, "").isBlank()) ctx.problems().add(file, line, c, "required: a link says what, with what, who confirmed it and why");
        Origin origin = new Origin(file, line, "iri");
        Optional<String> ours = Ids.resolve(row.getOrDefault("iri", ""));
        String dataset = row.getOrDefault("dataset", "").strip();
        if (!Ids.isSlug(dataset)) ctx.problems().add(file, line, "dataset", "'" + dataset + "' is not a dataset name (lower-case letters, digits, hyphens)");
        if (ours.isEmpty() || !ours.get().startsWith(Ids.ID)) {
            ctx.problems().add(file, line, "iri", "'" + row.get("iri") + "' is not one of our identifiers");
            return;
        }
        Optional<Resource> entity = Ids.parseRef(Ids.shortForm(ours.get())).flatMap(ref -> ctx.resolve(ref, origin));
        String ftmId = row.getOrDefault("ftm_id", "").strip();
        if (entity.isEmpty() || ftmId.isEmpty() || !Ids.isSlug(dataset)) return;
        Resource imported = ResourceFactory.createResource(FTM.entityIri(dataset, ftmId));
        Resource link = ResourceFactory.createResource(entity.get().getURI() + "/same-as/" + dataset + "/"
                + imported.getURI().substring(imported.getURI().lastIndexOf('/') + 1));
        ctx.add(entity.get(), OWL.sameAs, imported, origin);
        ctx.type(link, SKG.Link, origin);
        ctx.add(link, SKG.linkedEntity, entity.get(), origin);
        ctx.add(link, SKG.linkedTo, imported, new Origin(file, line, "ftm_id"));
        ctx.add(link, SKG.confirmedBy, ctx.text(row.get("confirmed_by").strip()), new Origin(file, line, "confirmed_by"));
        ctx.add(link, SKG.reason, ctx.text(row.get("reason").strip()), new Origin(file, line, "reason"));
        ctx.add(link, PROV.wasDerivedFrom, ctx.source(), origin);
    }
}
