package org.scamkg.ftm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.scamkg.vocab.Kinds;
import org.scamkg.vocab.Prefixes;

/**
 * The FollowTheMoney mapping, read from {@code ftm/mapping.tsv}: one table that both the import
 * ({@link FtmMapper}) and the export ({@link CuratedFtm}) read, so a correspondence is written
 * once. What the table's forms cannot say is a named hook ({@link Hook}) that each direction
 * implements. The classes of each schema come from the ontology's annotations ({@link Kinds}).
 */
public final class FtmMapping {
    /** How a value is carried across (see the table's header). */
    public enum Form { ENTITY, TEXT, DATE, LABEL, COUNTRY, LOWER, ISO639_2 }

    /** The special cases, by the names the table uses. */
    public enum Hook {
        NONE, NAMES, PROOF, REFERENTS, CITED_APART, FULL_AS_LABEL, POINT, HOLDS, EVENT_DATE, ROLE_LINE, LOCATION, SANCTION,
        CONTRACT_AWARD, SAME_AS_LINE, AND_LINK, MEMBER_OF;

        static Hook of(String name) { return name.equals("-") ? NONE : valueOf(name.toUpperCase().replace('-', '_')); }

        String word() { return this == NONE ? "" : name().toLowerCase().replace('_', '-'); }
    }

    /** A property correspondence. {@code ftm} is empty where only a hook knows what to write. */
    public record Row(String schema, Optional<String> ftm, Property ours, Form form, boolean imports, boolean exports, Hook hook) {}

    /** An interest or relationship schema: its relation type and the properties at each end. */
    public record Relation(String schema, String type, String from, String to, Hook hook) {}

    private static final FtmMapping INSTANCE = read();

    private final List<String> typedSchemata;
    private final List<Row> rows;
    private final List<Relation> relations;

    private FtmMapping(List<String> typedSchemata, List<Row> rows, List<Relation> relations) {
        this.typedSchemata = typedSchemata;
        this.rows = rows;
        this.relations = relations;
    }

    public static FtmMapping get() { return INSTANCE; }

    /** Whether imported entities of this schema also get our classes. */
    public boolean typesOnImport(String schema) { return typedSchemata.contains(schema); }

    public List<Row> rows() { return rows; }

    /** The rows the import applies to an entity of {@code schema}: its own and its ancestors', and the names rows of any schema with names. */
    public List<Row> importRows(FtmSchemata.Schema schema) {
        // names apply wherever the property is, so every named entity has a label and is found by search
        // (a Mention has a name without being a Thing)
        return rows.stream().filter(r -> r.imports() && (schema.is(r.schema())
                || r.hook() == Hook.NAMES && r.ftm().map(schema.properties()::containsKey).orElse(false))).toList();
    }

    /**
     * The rows the export applies to our property on a record of {@code schema}: those of the most
     * specific schema that has a row for it (a Documentation's quote is its summary, not a citation).
     */
    public List<Row> exportRows(FtmSchemata.Schema schema, Property ours) {
        List<Row> matching = rows.stream().filter(r -> r.exports() && r.ours().equals(ours) && schema.is(r.schema())).toList();
        if (matching.isEmpty()) return matching;
        Comparator<Row> bySpecificity = Comparator.comparingInt(r -> depth(r.schema()));
        int deepest = matching.stream().max(bySpecificity).map(r -> depth(r.schema())).orElseThrow();
        return matching.stream().filter(r -> depth(r.schema()) == deepest).toList();
    }

    public Optional<Relation> relation(String schema) {
        return relations.stream().filter(r -> r.schema().equals(schema)).findFirst();
    }

    public List<Relation> relations() { return relations; }

    /** A schema of the table, or an abstract one they extend (Thing, Interval). */
    private static boolean known(String schema) {
        FtmSchemata all = FtmSchemata.get();
        return all.schema(schema).isPresent() || all.names().stream().anyMatch(n -> all.schema(n).orElseThrow().parents().contains(schema));
    }

    private static int depth(String schema) {
        return FtmSchemata.get().schema(schema).map(s -> s.parents().size()).orElse(0);
    }

    // --- documentation (docs/ftm.md) ---

    /** The import and export tables of docs/ftm.md, from this table and the classes' annotations. */
    public String markdown(Kinds kinds) {
        StringBuilder b = new StringBuilder();
        b.append("#### Classes\n\n| FtM schema | our classes on import | our classes written as it on export |\n| --- | --- | --- |\n");
        Set<String> schemata = new TreeSet<>(typedSchemata);
        kinds.classes().forEach(k -> schemata.addAll(k.ftmSchemas()));
        for (String s : schemata) {
            String in = typesOnImport(s) ? names(kinds.classesForFtmSchema(s)) : "— (verbatim only)";
            List<Resource> out = kinds.classes().stream().filter(k -> k.ftmSchemas().contains(s)).map(Kinds.KindClass::cls).toList();
            b.append("| ").append(s).append(" | ").append(in).append(" | ").append(out.isEmpty() ? "—" : names(out)).append(" |\n");
        }
        b.append("\n#### Properties\n\n| FtM schema | FtM property | our property | value | direction | special case |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows)
            b.append("| ").append(r.schema()).append(" | ").append(r.ftm().map(f -> "`" + f + "`").orElse("—")).append(" | `")
                    .append(Prefixes.standard().shortForm(r.ours().getURI())).append("` | ").append(r.form().name().toLowerCase().replace('_', '-'))
                    .append(" | ").append(r.imports() && r.exports() ? "both" : r.imports() ? "import" : "export").append(" | ")
                    .append(r.hook().word()).append(" |\n");
        b.append("\n#### Relations (import)\n\n| FtM schema | relation type | `skg:relationFrom` | `skg:relationTo` | special case |\n| --- | --- | --- | --- | --- |\n");
        for (Relation r : relations)
            b.append("| ").append(r.schema()).append(" | ").append(r.type()).append(" | `").append(r.from()).append("` | `").append(r.to())
                    .append("` | ").append(r.hook().word()).append(" |\n");
        return b.toString();
    }

    private static String names(List<Resource> classes) {
        List<String> out = new ArrayList<>();
        for (Resource c : classes) out.add("`" + Prefixes.standard().shortForm(c.getURI()) + "`");
        return out.isEmpty() ? "—" : String.join(", ", out);
    }

    // --- reading ---

    private static FtmMapping read() {
        List<String> typed = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FtmMapping.class.getResourceAsStream("/org/scamkg/ftm/mapping.tsv"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t");
                if (f.length != 7) throw new IllegalStateException("ftm/mapping.tsv:" + n + ": expected 7 columns, found " + f.length);
                if (!known(f[1])) throw new IllegalStateException("ftm/mapping.tsv:" + n + ": unknown schema " + f[1]);
                switch (f[0]) {
                    case "schema" -> typed.add(f[1]);
                    case "property" -> rows.add(new Row(f[1], f[2].equals("-") ? Optional.empty() : Optional.of(f[2]),
                            ResourceFactory.createProperty(Prefixes.standard().expandPrefix(f[3])), Form.valueOf(f[4].toUpperCase().replace('-', '_')),
                            !f[5].equals("export"), !f[5].equals("import"), Hook.of(f[6])));
                    case "relation" -> relations.add(new Relation(f[1], f[2], f[3], f[4], Hook.of(f[6])));
                    default -> throw new IllegalStateException("ftm/mapping.tsv:" + n + ": unknown row kind " + f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FtmMapping(List.copyOf(typed), List.copyOf(rows), List.copyOf(relations));
    }
}
