package org.scamkg.load;

import org.scamkg.common.DateValue;
import org.scamkg.common.Origin;
import org.scamkg.common.Problems;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scamkg.vocab.Ids;

/**
 * Strict, located access to the fields of one record (a YAML mapping). Every getter reports a
 * problem with file, line and field when a value is missing or malformed; {@link #finish()}
 * reports every field the record has that nobody asked for, so a misspelt field is never
 * silently ignored.
 */
public final class RecordFields implements FieldSource {
    private final RecordNode node;
    private final String file;
    private final Problems problems;
    private final Set<String> seen = new HashSet<>();
    /** The fields this record may have (record-format.yaml): the sections of a source file at the root. */
    private final List<String> declared;
    private final String sectionName;

    /** A whole source file: its fields are the sections of record-format.yaml. */
    public RecordFields(RecordNode node, String file, Problems problems) {
        this(node, file, problems, "source file", RecordFormat.get().topSections());
    }

    private RecordFields(RecordNode node, String file, Problems problems, String sectionName, List<String> declared) {
        this.node = node;
        this.file = file;
        this.problems = problems;
        this.sectionName = sectionName;
        this.declared = declared;
    }

    /** The format of a section or a nested record named by {@code field} of this record. */
    private RecordFields child(RecordNode n, String field) {
        RecordFormat f = RecordFormat.get();
        String name = field;
        RecordFormat.Section s = f.section(name).orElseThrow(() -> new IllegalStateException(
                "record-format.yaml has no section '" + field + "' for the records the reader asks for"));
        return new RecordFields(n, file, problems, name, f.fieldNames(s));
    }

    public RecordNode node() { return node; }
    public String file() { return file; }
    public Problems problems() { return problems; }

    public Origin origin() { return new Origin(file, node.line(), node.path()); }

    @Override
    public Origin recordOrigin() { return origin(); }

    /** Origin of one field, falling back to the record when the field is absent. */
    @Override
    public Origin origin(String field) {
        RecordNode f = node.fields().get(field);
        return f == null ? new Origin(file, node.line(), pathOf(field)) : new Origin(file, f.line(), f.path());
    }

    public boolean has(String field) {
        RecordNode f = node.fields().get(field);
        return f != null && !f.isNull();
    }

    /** The raw child node, marking the field as known. */
    public Optional<RecordNode> child(String field) {
        if (!declared.contains(field))
            throw new IllegalStateException("the reader asks for field '" + field + "' of " + sectionName
                    + ", which record-format.yaml does not declare");
        seen.add(field);
        RecordNode f = node.fields().get(field);
        return f == null || f.isNull() ? Optional.empty() : Optional.of(f);
    }

    @Override
    public void problem(String field, String reason) {
        Origin o = origin(field);
        problems.add(o.file(), o.line(), o.field(), reason);
    }

    public void problemAt(RecordNode at, String reason) {
        problems.add(file, at.line(), at.path(), reason);
    }

    /** Optional text: a scalar, trimmed; empty text counts as absent. */
    @Override
    public Optional<String> text(String field) {
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return Optional.empty();
        RecordNode n = c.get();
        if (!n.isScalar()) {
            problemAt(n, "expected text, found " + n.describeType());
            return Optional.empty();
        }
        String t = n.text().strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    public Optional<String> requiredText(String field) {
        Optional<String> t = text(field);
        if (t.isEmpty() && !wrongTypeReported(field)) problem(field, "required field is missing");
        return t;
    }

    /** Text values given either as one scalar or as a list of scalars. */
    public List<Located<String>> texts(String field) {
        List<Located<String>> out = new ArrayList<>();
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return out;
        List<RecordNode> nodes = c.get().isList() ? c.get().items() : List.of(c.get());
        for (RecordNode n : nodes) {
            if (!n.isScalar()) {
                problemAt(n, "expected text, found " + n.describeType());
                continue;
            }
            String t = n.text().strip();
            if (t.isEmpty()) problemAt(n, "empty value");
            else out.add(new Located<>(t, new Origin(file, n.line(), n.path())));
        }
        return out;
    }

    @Override
    public List<String> list(String field) {
        return texts(field).stream().map(Located::value).toList();
    }

    /** A reference {@code kind/slug} whose kind is one of {@code allowed}. */
    public Optional<Ids.Ref> ref(String field, Ids.Kind... allowed) {
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return Optional.empty();
        if (!c.get().isScalar()) {
            problemAt(c.get(), "expected a reference such as person/sar-sokha, found " + c.get().describeType());
            return Optional.empty();
        }
        return checkRef(c.get(), allowed);
    }

    public Optional<Ids.Ref> requiredRef(String field, Ids.Kind... allowed) {
        Optional<Ids.Ref> r = ref(field, allowed);
        if (r.isEmpty() && !has(field)) problem(field, "required field is missing");
        return r;
    }

    /** References given as one scalar or a list. */
    public List<Located<Ids.Ref>> refs(String field, Ids.Kind... allowed) {
        List<Located<Ids.Ref>> out = new ArrayList<>();
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return out;
        List<RecordNode> nodes = c.get().isList() ? c.get().items() : List.of(c.get());
        for (RecordNode n : nodes) {
            if (!n.isScalar()) {
                problemAt(n, "expected a reference, found " + n.describeType());
                continue;
            }
            checkRef(n, allowed).ifPresent(r -> out.add(new Located<>(r, new Origin(file, n.line(), n.path()))));
        }
        return out;
    }

    private Optional<Ids.Ref> checkRef(RecordNode n, Ids.Kind... allowed) {
        String t = n.text().strip();
        Optional<Ids.Ref> r = Ids.parseRef(t);
        if (r.isEmpty()) {
            if (t.indexOf('/') > 0 && Ids.isTooLongSlug(t.substring(t.indexOf('/') + 1)))
                problemAt(n, "'" + t + "' has a slug longer than a slug may be (" + Ids.MAX_SLUG_LENGTH + " characters)");
            else
                problemAt(n, "'" + t + "' is not a reference of the form kind/slug (lower-case letters, digits and hyphens)");
            return Optional.empty();
        }
        if (allowed.length > 0 && !List.of(allowed).contains(r.get().kind())) {
            problemAt(n, "'" + t + "' is a " + r.get().kind().segment() + "; expected " + kinds(allowed));
            return Optional.empty();
        }
        return r;
    }

    private static String kinds(Ids.Kind... allowed) {
        List<String> names = new ArrayList<>();
        for (Ids.Kind k : allowed) names.add(k.segment());
        return String.join(" or ", names);
    }

    /** A date written YYYY, YYYY-MM or YYYY-MM-DD. */
    public Optional<DateValue> date(String field) {
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return Optional.empty();
        RecordNode n = c.get();
        if (!n.isScalar()) {
            problemAt(n, "expected a date (YYYY, YYYY-MM or YYYY-MM-DD), found " + n.describeType());
            return Optional.empty();
        }
        Optional<DateValue> d = DateValue.parse(n.text().strip());
        if (d.isEmpty()) problemAt(n, "'" + n.text().strip() + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        return d;
    }

    public Optional<DateValue> requiredDate(String field) {
        Optional<DateValue> d = date(field);
        if (d.isEmpty() && !has(field)) problem(field, "required field is missing");
        return d;
    }

    /** A plain number (not quoted text); commas and units belong in the quote, not here. */
    public Optional<BigDecimal> number(String field) {
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return Optional.empty();
        RecordNode n = c.get();
        if (!n.isScalar() || !n.isNumber()) {
            problemAt(n, "expected a plain number such as 368 or 40000000, found " + (n.isScalar() ? "'" + n.text() + "'" : n.describeType()));
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(n.text().strip()));
        } catch (NumberFormatException e) {
            problemAt(n, "'" + n.text() + "' is not a number");
            return Optional.empty();
        }
    }

    /** A whole number at least {@code min}. */
    public Optional<Integer> count(String field, int min) {
        Optional<BigDecimal> v = number(field);
        if (v.isEmpty()) return Optional.empty();
        try {
            int i = v.get().intValueExact();
            if (i < min) {
                problem(field, "must be at least " + min);
                return Optional.empty();
            }
            return Optional.of(i);
        } catch (ArithmeticException e) {
            problem(field, "must be a whole number");
            return Optional.empty();
        }
    }

    /** One of a fixed set of words. */
    public Optional<String> oneOf(String field, List<String> allowed) {
        Optional<String> t = text(field);
        if (t.isPresent() && !allowed.contains(t.get())) {
            problem(field, "'" + t.get() + "' is not one of " + String.join(", ", allowed));
            return Optional.empty();
        }
        return t;
    }

    /** A list of mappings (records), each wrapped for strict access. */
    public List<RecordFields> records(String field) {
        List<RecordFields> out = new ArrayList<>();
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return out;
        if (!c.get().isList()) {
            problemAt(c.get(), "expected a list of records, found " + c.get().describeType());
            return out;
        }
        for (RecordNode n : c.get().items()) {
            if (!n.isMap()) problemAt(n, "expected a record (a mapping of fields), found " + n.describeType());
            else out.add(child(n, field));
        }
        return out;
    }

    /** A nested mapping, wrapped for strict access. */
    public Optional<RecordFields> record(String field) {
        Optional<RecordNode> c = child(field);
        if (c.isEmpty()) return Optional.empty();
        if (!c.get().isMap()) {
            problemAt(c.get(), "expected a record (a mapping of fields), found " + c.get().describeType());
            return Optional.empty();
        }
        return Optional.of(child(c.get(), field));
    }

    /** Reports fields nobody asked for. Call once all getters have run. */
    public void finish() {
        for (RecordNode f : node.fields().values()) {
            String name = f.path().substring(f.path().lastIndexOf('.') + 1);
            if (!seen.contains(name))
                problems.add(file, f.line(), f.path(), "unknown field; the fields of " + sectionName + " are " + String.join(", ", declared));
        }
    }

    private boolean wrongTypeReported(String field) {
        RecordNode f = node.fields().get(field);
        return f != null && !f.isNull() && !f.isScalar();
    }

    private String pathOf(String field) { return node.path().isEmpty() ? field : node.path() + "." + field; }

    /** A value with the place it was read from. */
    public record Located<T>(T value, Origin origin) {}
}
