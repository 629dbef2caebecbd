package org.scamkg.vocab;

import org.scamkg.vocab.Ids;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * FollowTheMoney terms in RDF, in FollowTheMoney's own namespace: a schema is
 * {@code ftm:Person}, a property is named by the schema that defines it, {@code ftm:Thing:name},
 * {@code ftm:LegalEntity:email}. Imported entities get IRIs under {@code id/ftm/<dataset>/} with
 * their FollowTheMoney id percent-encoded, so the id comes back exactly.
 */
public final class FTM {
    public static final String NS = "https://schema.followthemoney.tech/#";
    /** Entity metadata beside the properties (caption, datasets, referents, first_seen, last_seen, target). */
    public static final String META = NS + "meta:";

    private FTM() {}

    public static Resource schema(String name) { return ResourceFactory.createResource(NS + name); }

    public static Property property(String definingSchema, String name) {
        return ResourceFactory.createProperty(NS + definingSchema + ":" + name);
    }

    /** The schema a type IRI names ({@code ftm:Person} → Person); empty for other IRIs and for properties. */
    public static Optional<String> schemaName(String iri) {
        if (!iri.startsWith(NS)) return Optional.empty();
        String local = iri.substring(NS.length());
        return local.contains(":") ? Optional.empty() : Optional.of(local);
    }

    public static Property meta(String field) { return ResourceFactory.createProperty(META + field); }

    /** The property name of an {@code ftm:Schema:prop} IRI, or empty for anything else. */
    public static Optional<String> propertyName(String iri) {
        if (!iri.startsWith(NS) || iri.startsWith(META)) return Optional.empty();
        String local = iri.substring(NS.length());
        int colon = local.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(local.substring(colon + 1));
    }

    public static String entityIri(String dataset, String ftmId) {
        return Ids.ID + "ftm/" + dataset + "/" + URLEncoder.encode(ftmId, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The FollowTheMoney id of an imported entity's IRI, or empty when it is not one. */
    public static Optional<String> idOf(String iri) {
        String prefix = Ids.ID + "ftm/";
        if (!iri.startsWith(prefix)) return Optional.empty();
        String rest = iri.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8));
    }
}
