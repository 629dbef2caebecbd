package org.scamkg.load;

import org.scamkg.common.CsvRows;

import org.scamkg.common.DisplayPath;

import org.scamkg.common.Origin;
import org.scamkg.validate.QuoteChecker;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    /** Where each imported entity was linked, by its IRI. */
    private final Map<String, Origin> linked = new HashMap<>();

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
        String display = DisplayPath.of(file);
        List<CsvRows.Row> rows = CsvRows.read(file, display, ctx.problems()).rows();
        if (rows.isEmpty()) return;
        List<String> header = Arrays.stream(rows.get(0).cells()).map(String::strip).toList();
        if (!header.containsAll(COLUMNS)) {
            ctx.problems().add(display, 1, "-", "the columns are " + String.join(",", COLUMNS));
            return;
        }
        for (String c : header)
            if (!COLUMNS.contains(c)) ctx.problems().add(display, 1, c, "unknown column; the columns are " + String.join(",", COLUMNS));
        for (CsvRows.Row r : rows.subList(1, rows.size())) {
            if (r.blank()) continue;
            if (r.cells().length != header.size()) {
                ctx.problems().add(display, r.line(), "-", "has " + r.cells().length + " cells; the header has " + header.size());
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), r.cells()[i]);
            row(display, r.line(), row);
        }
    }

    private void row(String file, int line, Map<String, String> row) {
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
        // an imported entity is one of ours or none: linked twice, it would make two of ours one
        Origin earlier = linked.putIfAbsent(imported.getURI(), new Origin(file, line, "ftm_id"));
        if (earlier != null) {
            ctx.problems().add(file, line, "ftm_id", "'" + ftmId + "' of " + dataset + " is already linked at " + earlier.file() + ":" + earlier.line()
                    + "; an imported entity is linked once");
            return;
        }
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
