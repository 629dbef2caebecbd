package org.scamkg.ftm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The FollowTheMoney schemata scamkg reads and writes ({@code ftm/schemata.tsv}): each schema's
 * parents, required properties and edge ends, and each property (inherited ones included) with
 * the schema that defines it, its type and the schema an entity link points to.
 */
public final class FtmSchemata {
    /** One property of a schema. */
    public record Property(String name, String definedBy, String type, Optional<String> range) {
        public boolean isEntity() { return type.equals("entity"); }
    }

    /** One schema. */
    public record Schema(String name, List<String> parents, List<String> required, Optional<String> edgeSource,
                         Optional<String> edgeTarget, Map<String, Property> properties) {
        public boolean is(String other) { return name.equals(other) || parents.contains(other); }
    }

    private static final FtmSchemata INSTANCE = read();
    private final Map<String, Schema> schemata;

    private FtmSchemata(Map<String, Schema> schemata) { this.schemata = schemata; }

    public static FtmSchemata get() { return INSTANCE; }

    public Optional<Schema> schema(String name) { return Optional.ofNullable(schemata.get(name)); }

    public List<String> names() { return List.copyOf(schemata.keySet()); }

    private static FtmSchemata read() {
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, Map<String, Property>> props = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FtmSchemata.class.getResourceAsStream("/org/scamkg/ftm/schemata.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                if (f[0].equals("schema")) {
                    heads.put(f[1], f);
                    props.put(f[1], new LinkedHashMap<>());
                } else {
                    props.get(f[1]).put(f[2], new Property(f[2], f[3], f[4], f[5].equals("-") ? Optional.empty() : Optional.of(f[5])));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Schema> out = new LinkedHashMap<>();
        heads.forEach((name, f) -> out.put(name, new Schema(name, list(f[2]), list(f[3]), opt(f[4]), opt(f[5]), props.get(name))));
        return new FtmSchemata(out);
    }

    private static List<String> list(String s) { return s.equals("-") || s.isEmpty() ? List.of() : Arrays.asList(s.split(",")); }

    private static Optional<String> opt(String s) { return s.equals("-") ? Optional.empty() : Optional.of(s); }
}
