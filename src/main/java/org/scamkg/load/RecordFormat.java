package org.scamkg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Prefixes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The record format, read from {@code record-format.yaml} beside this class: the sections of a
 * source file and their fields, the fields and links every entity has, and the registries with
 * their columns. The readers take their field lists from here, and docs/data.md's tables are
 * generated from it ({@link #markdown()}).
 */
public final class RecordFormat {
    /** One field: its type, the kinds a reference may name, the scheme of a term, whether required, a note. */
    public record Field(String name, String type, List<String> kinds, Optional<String> scheme, boolean required, Optional<String> doc,
                        List<String> onlyFor) {}

    /** One section: its name, whether it is a list of records, whether it takes the entity fields, and its own fields. */
    public record Section(String name, boolean list, boolean nested, boolean entityFields, Optional<String> doc, Map<String, Field> fields) {}

    /** A link field of an entity: the property it writes and the kinds its target may be. */
    public record Link(String field, Property property, List<Ids.Kind> targets) {}

    /** A registry: its file, the kind of entity a row defines, its columns in order. */
    public record Registry(String fileName, Ids.Kind kind, List<String> columns) {}

    private static final RecordFormat INSTANCE = read();

    private final Map<String, Section> sections;
    private final Map<String, Field> entityFields;
    private final Map<Ids.Kind, Map<String, Link>> links;
    private final List<Registry> registries;

    private RecordFormat(Map<String, Section> sections, Map<String, Field> entityFields, Map<Ids.Kind, Map<String, Link>> links,
                         List<Registry> registries) {
        this.sections = sections;
        this.entityFields = entityFields;
        this.links = links;
        this.registries = registries;
    }

    public static RecordFormat get() { return INSTANCE; }

    /** The sections a source file may have, in order (nested ones, such as a claim's period, excluded). */
    public List<String> topSections() {
        return sections.values().stream().filter(s -> !s.nested()).map(Section::name).toList();
    }

    public Optional<Section> section(String name) { return Optional.ofNullable(sections.get(name)); }

    /** Every field a record of the section may have: its own, then, for entities, the entity fields and every link field. */
    public List<String> fieldNames(Section s) {
        List<String> out = new ArrayList<>(s.fields().keySet());
        if (s.entityFields()) {
            entityFields.keySet().stream().filter(f -> !f.equals("note") && !out.contains(f)).forEach(out::add);
            allLinkFields().stream().filter(f -> !out.contains(f)).forEach(out::add);
        }
        return out;
    }

    public Map<String, Field> entityFields() { return entityFields; }

    /** The link fields of each entity kind. */
    public Map<String, Link> links(Ids.Kind kind) { return links.getOrDefault(kind, Map.of()); }

    public List<String> allLinkFields() {
        return links.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
    }

    public List<Registry> registries() { return registries; }

    public Optional<Registry> registryFor(String fileName) {
        return registries.stream().filter(r -> r.fileName().equals(fileName)).findFirst();
    }

    /** The kinds a source's {@code entities} (and the registries) may define. */
    public List<Ids.Kind> entityKinds() {
        return sections.get("entities").fields().get("id").kinds().stream().map(k -> Ids.Kind.fromSegment(k).orElseThrow()).toList();
    }

    // --- documentation ---

    /** The tables of docs/data.md: the registries and their columns, then the sections and their fields. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("| registry | defines | columns |\n| --- | --- | --- |\n");
        for (Registry r : registries)
            b.append("| `data/registry/").append(r.fileName()).append("` | ").append(r.kind().segment()).append(" | `")
                    .append(String.join(",", r.columns())).append("` |\n");
        b.append("\n| section | field | type | required | notes |\n| --- | --- | --- | --- | --- |\n");
        for (Section s : sections.values()) {
            String name = s.nested() ? s.name() + " (nested)" : s.list() ? s.name() + " (list)" : s.name();
            for (Field f : s.fields().values()) row(b, name, f);
            if (s.entityFields()) {
                for (Field f : entityFields.values()) if (!f.name().equals("note")) row(b, name, f);
                links.forEach((kind, ls) -> ls.values().forEach(l -> b.append("| `").append(name).append("` | `").append(l.field())
                        .append("` | ref: ").append(String.join(", ", l.targets().stream().map(Ids.Kind::segment).toList()))
                        .append(" |  | ").append(kind.segment()).append("s: `").append(Prefixes.standard().shortForm(l.property().getURI())).append("` |\n")));
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String section, Field f) {
        String type = f.type() + (f.kinds().isEmpty() ? "" : ": " + String.join(", ", f.kinds())) + f.scheme().map(s -> " (" + s + ")").orElse("");
        String notes = (f.onlyFor().isEmpty() ? "" : "only " + String.join(", ", f.onlyFor()) + "; ") + f.doc().orElse("");
        b.append("| `").append(section.replaceAll(" .*", "")).append("` | `").append(f.name()).append("` | ").append(type).append(" | ")
                .append(f.required() ? "yes" : "").append(" | ").append(notes.replaceAll("; $", "").replace("|", "\\|")).append(" |\n");
    }

    // --- reading ---

    private static RecordFormat read() {
        try (InputStream in = RecordFormat.class.getResourceAsStream("record-format.yaml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, Section> sections = new LinkedHashMap<>();
            root.get("sections").fields().forEachRemaining(e -> {
                JsonNode s = e.getValue();
                sections.put(e.getKey(), new Section(e.getKey(), s.path("list").asBoolean(false), s.path("nested").asBoolean(false),
                        s.path("entity-fields").asBoolean(false), text(s, "doc"), fields(s.get("fields"))));
            });
            Map<Ids.Kind, Map<String, Link>> links = new LinkedHashMap<>();
            root.get("links").fields().forEachRemaining(k -> {
                Map<String, Link> ls = new LinkedHashMap<>();
                k.getValue().fields().forEachRemaining(f -> ls.put(f.getKey(), new Link(f.getKey(),
                        ResourceFactory.createProperty(Prefixes.standard().expandPrefix(f.getValue().get("property").asText())), kinds(f.getValue()))));
                links.put(Ids.Kind.fromSegment(k.getKey()).orElseThrow(), ls);
            });
            List<Registry> registries = new ArrayList<>();
            for (JsonNode r : root.get("registries")) {
                List<String> columns = new ArrayList<>();
                r.get("columns").forEach(c -> columns.add(c.asText()));
                registries.add(new Registry(r.get("file").asText(), Ids.Kind.fromSegment(r.get("kind").asText()).orElseThrow(), List.copyOf(columns)));
            }
            return new RecordFormat(sections, fields(root.get("entity-fields")), links, List.copyOf(registries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Field> fields(JsonNode node) {
        Map<String, Field> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode f = e.getValue();
            List<String> kinds = new ArrayList<>();
            f.path("kinds").forEach(k -> kinds.add(k.asText()));
            List<String> onlyFor = new ArrayList<>();
            f.path("for").forEach(k -> onlyFor.add(k.asText()));
            out.put(e.getKey(), new Field(e.getKey(), f.get("type").asText(), List.copyOf(kinds), text(f, "scheme"),
                    f.path("required").asBoolean(false), text(f, "doc"), List.copyOf(onlyFor)));
        });
        return out;
    }

    private static List<Ids.Kind> kinds(JsonNode f) {
        List<Ids.Kind> out = new ArrayList<>();
        f.path("kinds").forEach(k -> out.add(Ids.Kind.fromSegment(k.asText()).orElseThrow()));
        return List.copyOf(out);
    }

    private static Optional<String> text(JsonNode n, String field) {
        return n.hasNonNull(field) ? Optional.of(n.get(field).asText()) : Optional.empty();
    }
}
