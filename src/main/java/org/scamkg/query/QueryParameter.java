package org.scamkg.query;

import java.util.List;
import java.util.Optional;

/**
 * One declared parameter of a canned query ({@code #+ params:} in its header): its name (the
 * SPARQL variable it binds), its type, its default and what it means. A parameter without a
 * default is required unless marked {@code optional: true}, in which case it stays unbound.
 */
public record QueryParameter(String name, String type, Optional<String> defaultValue, String doc, boolean optional) {
    /** The types a parameter may have. {@code iri} takes a full IRI or a short form such as person/sar-sokha. */
    public static final List<String> TYPES = List.of("xsd:integer", "xsd:decimal", "xsd:string", "xsd:date", "xsd:boolean", "iri");

    public boolean required() { return defaultValue.isEmpty() && !optional; }
}
