package org.scamkg.ftm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * FollowTheMoney's whole model: every schema of the release vendored as {@code ftm/model.json}
 * (see src/build/ftm-model.sh), with its ancestors, required properties, edge ends, and every
 * property (inherited ones included) with the schema that defines it, its type and the schema an
 * entity link points to; and the closed value lists of the enumerated types (countries,
 * languages, genders, topics).
 */
public final class FtmSchemata {
    /** One property of a schema. */
    public record Property(String name, String definedBy, String type, Optional<String> range) {
        public boolean isEntity() { return type.equals("entity"); }
    }

    /** One schema: {@code parents} are all its ancestors. */
    public record Schema(String name, List<String> parents, List<String> required, Optional<String> edgeSource,
                         Optional<String> edgeTarget, Map<String, Property> properties, boolean isAbstract) {
        public boolean is(String other) { return name.equals(other) || parents.contains(other); }
    }

    private static final FtmSchemata INSTANCE = read();
    private final Map<String, Schema> schemata;
    private final Map<String, Set<String>> typeValues;

    private FtmSchemata(Map<String, Schema> schemata, Map<String, Set<String>> typeValues) {
        this.schemata = schemata;
        this.typeValues = typeValues;
    }

    public static FtmSchemata get() { return INSTANCE; }

    public Optional<Schema> schema(String name) { return Optional.ofNullable(schemata.get(name)); }

    /** Every schema name, abstract ones included, in the model's order. */
    public List<String> names() { return List.copyOf(schemata.keySet()); }

    /** The schemata an entity may have (the model's abstract ones, such as Thing, excluded). */
    public List<String> entitySchemata() {
        return schemata.values().stream().filter(s -> !s.isAbstract()).map(Schema::name).toList();
    }

    /** The closed list of values of an enumerated type (country codes, language codes…), empty for open types. */
    public Set<String> values(String type) { return typeValues.getOrDefault(type, Set.of()); }

    private static FtmSchemata read() {
        JsonNode model;
        try (InputStream in = FtmSchemata.class.getResourceAsStream("/org/scamkg/ftm/model.json")) {
            model = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode all = model.get("schemata");
        Map<String, Schema> out = new LinkedHashMap<>();
        for (Iterator<String> it = all.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            JsonNode s = all.get(name);
            List<String> ancestors = new ArrayList<>();
            s.path("schemata").forEach(a -> { if (!a.asText().equals(name)) ancestors.add(a.asText()); });
            Set<String> required = new LinkedHashSet<>();
            Map<String, Property> props = new LinkedHashMap<>();
            // own properties first, then each ancestor's, nearest first as the model lists them
            List<String> chain = new ArrayList<>();
            chain.add(name);
            chain.addAll(ancestors);
            for (String c : chain) {
                JsonNode cs = all.get(c);
                for (Iterator<Map.Entry<String, JsonNode>> p = cs.path("properties").fields(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = p.next();
                    JsonNode pd = e.getValue();
                    String qname = pd.path("qname").asText(c + ":" + e.getKey());
                    props.putIfAbsent(e.getKey(), new Property(e.getKey(), qname.substring(0, qname.indexOf(':')), pd.path("type").asText("string"),
                            pd.hasNonNull("range") ? Optional.of(pd.get("range").asText()) : Optional.empty()));
                }
            }
            s.path("required").forEach(r -> required.add(r.asText())); // the model lists each schema's own, as FtM resolves them
            JsonNode edge = s.get("edge");
            out.put(name, new Schema(name, List.copyOf(ancestors), List.copyOf(required),
                    edge == null ? Optional.empty() : Optional.of(edge.get("source").asText()),
                    edge == null ? Optional.empty() : Optional.of(edge.get("target").asText()), props, s.path("abstract").asBoolean(false)));
        }
        Map<String, Set<String>> values = new LinkedHashMap<>();
        model.get("types").fields().forEachRemaining(t -> {
            if (t.getValue().has("values")) {
                Set<String> v = new LinkedHashSet<>();
                t.getValue().get("values").fieldNames().forEachRemaining(v::add);
                values.put(t.getKey(), Set.copyOf(v));
            }
        });
        return new FtmSchemata(out, values);
    }
}
