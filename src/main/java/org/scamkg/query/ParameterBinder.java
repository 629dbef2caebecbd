package org.scamkg.query;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.scamkg.common.DateValue;
import org.scamkg.vocab.Ids;

/**
 * Turns user-given parameter text into typed RDF terms bound to the query's variables: never
 * pasted into query text, so no value can change what the query does. A date parameter also
 * binds {@code <name>_first_day} and {@code <name>_last_day}, the day numbers of the span it
 * covers ({@code 2022-09} covers 1–30 September), for integer comparisons (docs/design.md, "Dates").
 */
public final class ParameterBinder {
    private ParameterBinder() {}

    public static Binding bind(CannedQuery query, Map<String, String> given) {
        Map<String, QueryParameter> declared = query.header().params();
        for (String name : given.keySet())
            if (!declared.containsKey(name))
                throw new ParameterException("unknown parameter '" + name + "' for query " + query.name()
                        + (declared.isEmpty() ? "; it takes none" : "; it takes: " + String.join(", ", declared.keySet())));
        BindingBuilder b = BindingBuilder.create();
        for (QueryParameter p : declared.values()) {
            Optional<String> raw = Optional.ofNullable(given.get(p.name())).or(p::defaultValue);
            if (raw.isEmpty()) {
                if (p.required()) throw new ParameterException("parameter '" + p.name() + "' is required: " + p.doc());
                continue;
            }
            for (Map.Entry<String, Node> e : terms(p, raw.get()).entrySet()) b.add(Var.alloc(e.getKey()), e.getValue());
        }
        return b.build();
    }

    /** A controlled term given as {@code people-rescued} or as its full IRI in {@code scheme}. */
    private static String term(String scheme, String v, String bad) {
        String base = Ids.vocabScheme(scheme) + "/";
        String term = v.startsWith(base) ? v.substring(base.length()) : v;
        if (!Ids.isSlug(term)) throw new ParameterException(bad + "a term of the " + scheme + " scheme, such as those in ontology/vocabularies.ttl");
        return base + term;
    }

    /** The terms one parameter value binds, by variable name. */
    static Map<String, Node> terms(QueryParameter p, String raw) {
        String v = raw.strip();
        Map<String, Node> out = new LinkedHashMap<>();
        String bad = "parameter '" + p.name() + "': '" + raw + "' is not ";
        switch (p.type()) {
            case "xsd:integer" -> {
                BigInteger n;
                try {
                    n = new BigInteger(v);
                } catch (NumberFormatException e) {
                    throw new ParameterException(bad + "a whole number");
                }
                if (p.min().isPresent() && n.compareTo(BigInteger.valueOf(p.min().get())) < 0
                        || p.max().isPresent() && n.compareTo(BigInteger.valueOf(p.max().get())) > 0)
                    throw new ParameterException(bad + "within " + p.min().map(String::valueOf).orElse("…") + "–" + p.max().map(String::valueOf).orElse("…"));
                out.put(p.name(), NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger));
            }
            case "xsd:decimal" -> {
                try {
                    out.put(p.name(), NodeFactory.createLiteralDT(new BigDecimal(v).toPlainString(), XSDDatatype.XSDdecimal));
                } catch (NumberFormatException e) {
                    throw new ParameterException(bad + "a number");
                }
            }
            case "xsd:boolean" -> {
                if (!v.equals("true") && !v.equals("false")) throw new ParameterException(bad + "true or false");
                out.put(p.name(), NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean));
            }
            case "xsd:date" -> {
                DateValue d = DateValue.parse(v).orElseThrow(() -> new ParameterException(bad + "a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
                out.put(p.name(), NodeFactory.createLiteralDT(d.lexical(), d.datatype()));
                out.put(p.name() + "_first_day", NodeFactory.createLiteralDT(Long.toString(d.firstDay()), XSDDatatype.XSDinteger));
                out.put(p.name() + "_last_day", NodeFactory.createLiteralDT(Long.toString(d.lastDay()), XSDDatatype.XSDinteger));
            }
            case "iri" -> out.put(p.name(), NodeFactory.createURI(Ids.resolve(v).orElseThrow(() ->
                    new ParameterException(bad + "an identifier: give a full IRI or a short form such as person/sar-sokha"))));
            default -> {
                if (p.scheme().isPresent()) out.put(p.name(), NodeFactory.createURI(term(p.scheme().get(), v, bad)));
                else out.put(p.name(), NodeFactory.createLiteralString(raw));
            }
        }
        return out;
    }
}
