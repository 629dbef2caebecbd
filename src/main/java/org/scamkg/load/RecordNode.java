package org.scamkg.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on and its path from the document root
 * ({@code claims[3].value}), so every later check can say where the curator must look.
 * Jackson's own tree model drops locations; this one keeps them.
 */
public final class RecordNode {
    public enum Type { MAP, LIST, SCALAR, NULL }

    private final Type type;
    private final int line;
    private final String path;
    private final String text;
    private final boolean number;
    private final Map<String, RecordNode> fields;
    private final List<RecordNode> items;

    private RecordNode(Type type, int line, String path, String text, boolean number,
                       Map<String, RecordNode> fields, List<RecordNode> items) {
        this.type = type;
        this.line = line;
        this.path = path;
        this.text = text;
        this.number = number;
        this.fields = fields;
        this.items = items;
    }

    static RecordNode scalar(int line, String path, String text, boolean number) {
        return new RecordNode(Type.SCALAR, line, path, text, number, Map.of(), List.of());
    }

    static RecordNode nullValue(int line, String path) {
        return new RecordNode(Type.NULL, line, path, null, false, Map.of(), List.of());
    }

    static RecordNode map(int line, String path, LinkedHashMap<String, RecordNode> fields) {
        return new RecordNode(Type.MAP, line, path, null, false, Collections.unmodifiableMap(fields), List.of());
    }

    static RecordNode list(int line, String path, List<RecordNode> items) {
        return new RecordNode(Type.LIST, line, path, null, false, Map.of(), List.copyOf(items));
    }

    public Type type() { return type; }
    public int line() { return line; }
    public String path() { return path; }
    public boolean isMap() { return type == Type.MAP; }
    public boolean isList() { return type == Type.LIST; }
    public boolean isScalar() { return type == Type.SCALAR; }
    public boolean isNull() { return type == Type.NULL; }
    /** True when the YAML scalar was a plain number rather than a string. */
    public boolean isNumber() { return number; }
    /** The scalar's text; null for maps, lists and nulls. */
    public String text() { return text; }
    public Map<String, RecordNode> fields() { return fields; }
    public List<RecordNode> items() { return items; }

    public String describeType() {
        return switch (type) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case NULL -> "empty";
            case SCALAR -> number ? "a number" : "text";
        };
    }
}
