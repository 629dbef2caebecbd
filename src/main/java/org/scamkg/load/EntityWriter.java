package org.scamkg.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.scamkg.vocab.GEO;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * Writes one entity (person, organisation, place, site or post) from either a registry row or
 * a source's {@code entities:} record: its types, names in each script, and its links. Both
 * record forms use the same field names, listed in {@link #LINKS} per kind.
 */
final class EntityWriter {
    /** A link field: the property it writes and the kinds its target may be. */
    record Link(Property property, List<Ids.Kind> targets) {}

    /** The link fields of each kind, from record-format.yaml. */
    static final Map<Ids.Kind, Map<String, Link>> LINKS = links();

    private static Map<Ids.Kind, Map<String, Link>> links() {
        Map<Ids.Kind, Map<String, Link>> out = new java.util.HashMap<>();
        for (Ids.Kind k : Ids.Kind.values())
            RecordFormat.get().links(k).forEach((field, l) -> out.computeIfAbsent(k, x -> new java.util.HashMap<>())
                    .put(field, new Link(l.property(), l.targets())));
        return out;
    }

    /** The entity kinds that registries and source {@code entities:} may define. */
    static final List<Ids.Kind> ENTITY_KINDS = RecordFormat.get().entityKinds();

    /** Other scripts a name may be given in, as {@code name_km}, {@code name_zh}. */
    static final List<String> NAME_LANGUAGES = List.of("km", "zh");

    private static final Pattern WKT_POINT = Pattern.compile("POINT\\s*\\(\\s*(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s*\\)");

    private final MappingContext ctx;

    EntityWriter(MappingContext ctx) { this.ctx = ctx; }

    /** Writes the entity described by {@code f}; answers its resource when the id and kind are sound. */
    Optional<Resource> write(Ids.Ref ref, FieldSource f) {
        Ids.Kind kind = ref.kind();
        if (!ENTITY_KINDS.contains(kind)) {
            f.problem("id", "a " + kind.segment() + " is not an entity; define it in its own section");
            return Optional.empty();
        }
        Resource r = ResourceFactory.createResource(ref.iri());
        ctx.declare(r, f.recordOrigin());
        List<String> words = ctx.vocabulary().kinds().words(kind);
        Optional<String> word = f.text("kind");
        if (words.isEmpty() && word.isPresent()) {
            f.problem("kind", "a " + kind.segment() + " takes no kind");
        } else if (!words.isEmpty() && word.isEmpty()) {
            f.problem("kind", "required for a " + kind.segment() + ": one of " + String.join(", ", words));
        } else if (word.isPresent() && !words.contains(word.get())) {
            f.problem("kind", "'" + word.get() + "' is not one of " + String.join(", ", words));
        } else {
            for (Resource t : ctx.vocabulary().kinds().types(kind, word)) ctx.type(r, t, f.origin("kind"));
        }
        Optional<String> name = f.text("name");
        if (name.isEmpty()) f.problem("name", "required field is missing");
        else {
            ctx.add(r, RDFS.label, ctx.model().createLiteral(name.get(), "en"), f.origin("name"));
            ctx.normalisedName(r, name.get(), f.origin("name"));
        }
        for (String alias : f.list("aliases")) {
            ctx.add(r, SKOS.altLabel, ctx.model().createLiteral(alias, "en"), f.origin("aliases"));
            ctx.normalisedName(r, alias, f.origin("aliases"));
        }
        for (String lang : NAME_LANGUAGES)
            f.text("name_" + lang).ifPresent(n -> {
                ctx.add(r, RDFS.label, ctx.model().createLiteral(n, lang), f.origin("name_" + lang));
                ctx.normalisedName(r, n, f.origin("name_" + lang));
            });
        writeLinks(r, kind, f);
        f.text("wkt").ifPresent(w -> writeGeometry(r, kind, w, f));
        f.text("code").ifPresent(c -> {
            if (!ctx.vocabulary().kinds().types(kind, word).contains(SchemaDO.Country)) f.problem("code", "only countries carry a code");
            else if (!c.matches("[A-Z]{2}")) f.problem("code", "'" + c + "' is not an ISO 3166-1 alpha-2 code such as KH");
            else ctx.add(r, SKG.countryCode, ctx.model().createLiteral(c), f.origin("code"));
        });
        f.text("holders").ifPresent(h -> {
            if (kind != Ids.Kind.POST) f.problem("holders", "only posts say how many people hold them at once");
            else if (!h.equals("several")) f.problem("holders", "'" + h + "' is not 'several'; leave it empty for a post one person holds at a time");
            else ctx.add(r, SKG.severalHolders, ctx.model().createTypedLiteral(true), f.origin("holders"));
        });
        return Optional.of(r);
    }

    /** The link fields of every kind, for readers that must know which fields exist. */
    static List<String> allLinkFields() { return RecordFormat.get().allLinkFields(); }

    private void writeLinks(Resource r, Ids.Kind kind, FieldSource f) {
        Map<String, Link> allowed = LINKS.getOrDefault(kind, Map.of());
        for (String field : allLinkFields()) {
            List<String> values = f.list(field);
            if (values.isEmpty()) continue;
            Link link = allowed.get(field);
            if (link == null) {
                f.problem(field, "not a field of a " + kind.segment());
                continue;
            }
            for (String v : values) {
                Optional<Ids.Ref> target = Ids.parseRef(v);
                if (target.isEmpty() || !link.targets().contains(target.get().kind())) {
                    f.problem(field, "'" + v + "' is not a reference to a " + link.targets().stream().map(Ids.Kind::segment).toList());
                    continue;
                }
                ctx.resolve(target.get(), f.origin(field)).ifPresent(t -> ctx.add(r, link.property(), t, f.origin(field)));
            }
        }
    }

    private void writeGeometry(Resource r, Ids.Kind kind, String wkt, FieldSource f) {
        if (kind != Ids.Kind.PLACE) {
            f.problem("wkt", "only places (cities, provinces, countries) carry coordinates");
            return;
        }
        Matcher m = WKT_POINT.matcher(wkt);
        if (!m.matches()) {
            f.problem("wkt", "'" + wkt + "' is not a WKT point such as POINT(104.92 11.56) (longitude first)");
            return;
        }
        double lon = Double.parseDouble(m.group(1));
        double lat = Double.parseDouble(m.group(2));
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            f.problem("wkt", "longitude must be within ±180 and latitude within ±90");
            return;
        }
        Resource g = ResourceFactory.createResource(r.getURI() + "/geometry");
        ctx.add(r, GEO.hasGeometry, g, f.origin("wkt"));
        ctx.type(g, GEO.Geometry, f.origin("wkt"));
        ctx.add(g, GEO.asWKT, ctx.model().createTypedLiteral("POINT(" + m.group(1) + " " + m.group(2) + ")", GEO.wktLiteral), f.origin("wkt"));
    }
}
