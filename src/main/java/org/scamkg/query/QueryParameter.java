package org.scamkg.query;

import java.util.List;
import java.util.Optional;

/**
 * One declared parameter of a canned query ({@code #+ params:} in its header): its name (the
 * SPARQL variable it binds), its type, its default and what it means. A parameter without a
 * default is required unless marked {@code optional: true}, in which case it stays unbound.
 */
public record QueryParameter(String name, String type, Optional<String> defaultValue, String doc, boolean optional,
                             Optional<Long> min, Optional<Long> max) {
    /**
     * The types a parameter may have. {@code iri} takes a full IRI or a short form such as
     * person/sar-sokha; {@code vocab:<scheme>} takes a term of that scheme ({@code people-rescued})
     * or its IRI; {@code xsd:date} takes YYYY, YYYY-MM or YYYY-MM-DD.
     */
    public static final List<String> TYPES = List.of("xsd:integer", "xsd:decimal", "xsd:string", "xsd:date", "xsd:boolean", "iri");
    public static final String VOCAB_PREFIX = "vocab:";

    public QueryParameter(String name, String type, Optional<String> defaultValue, String doc, boolean optional) {
        this(name, type, defaultValue, doc, optional, Optional.empty(), Optional.empty());
    }

    public static boolean knownType(String type) {
        return TYPES.contains(type) || (type.startsWith(VOCAB_PREFIX) && type.length() > VOCAB_PREFIX.length());
    }

    /** The scheme of a {@code vocab:<scheme>} parameter. */
    public Optional<String> scheme() {
        return type.startsWith(VOCAB_PREFIX) ? Optional.of(type.substring(VOCAB_PREFIX.length())) : Optional.empty();
    }

    public boolean required() { return defaultValue.isEmpty() && !optional; }

    /** The variables a value of this parameter binds: a date also binds its first and last day. */
    public List<String> variables() {
        return type.equals("xsd:date") ? List.of(name, name + "_first_day", name + "_last_day") : List.of(name);
    }
}
