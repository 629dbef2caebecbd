package org.scamkg.load;

import org.scamkg.common.Origin;
import org.scamkg.common.Problems;
import org.scamkg.validate.QuoteChecker;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.Ids;

/**
 * Maps registry rows to the registry graph: one entity per row, plus the registry's own
 * description as a dataset source. A row's {@code note} is the curator's remark
 * ({@code skos:editorialNote}), such as where public coordinates come from.
 */
final class RegistryMapper {
    static final String TITLE = "scamkg curated registry of shared entities";

    private final MappingContext ctx;
    private final EntityWriter writer;

    RegistryMapper(MappingContext ctx) {
        this.ctx = ctx;
        this.writer = new EntityWriter(ctx);
        Resource registry = ResourceFactory.createResource(Ids.REGISTRY_SOURCE);
        Origin origin = new Origin("data/registry", 0, "-");
        ctx.setSource(registry, "en", new QuoteChecker(null));
        ctx.type(registry, SchemaDO.CreativeWork, origin);
        ctx.type(registry, SchemaDO.Dataset, origin);
        ctx.add(registry, DCTerms.title, ctx.text(TITLE), origin);
    }

    void map(RegistryReader.Row row) {
        CsvRow f = new CsvRow(row, ctx.problems());
        Optional<String> slug = f.text("slug");
        if (slug.isEmpty() || !Ids.isSlug(slug.get())) {
            f.problem("slug", slug.isEmpty() ? "required"
                    : Ids.isTooLongSlug(slug.get()) ? "'" + slug.get() + "' is longer than a slug may be (" + Ids.MAX_SLUG_LENGTH + " characters)"
                    : "'" + slug.get() + "' is not a slug (lower-case letters, digits, hyphens)");
            return;
        }
        Ids.Ref ref = new Ids.Ref(row.registry().kind(), slug.get());
        writer.write(ref, f).ifPresent(r -> f.text("note").ifPresent(n -> ctx.add(r, SKOS.editorialNote, ctx.text(n), f.origin("note"))));
    }

    /** A CSV row seen as the fields of an entity record. */
    private record CsvRow(RegistryReader.Row row, Problems problems) implements FieldSource {
        @Override
        public Optional<String> text(String field) {
            String v = row.cells().get(field);
            return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        @Override
        public List<String> list(String field) {
            return text(field).map(v -> Arrays.stream(v.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElse(List.of());
        }

        @Override
        public Origin origin(String field) { return new Origin(row.file(), row.line(), field); }

        @Override
        public Origin recordOrigin() { return origin("slug"); }

        @Override
        public void problem(String field, String reason) { problems.add(row.file(), row.line(), field, reason); }
    }
}
