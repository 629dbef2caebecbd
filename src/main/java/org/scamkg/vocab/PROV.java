package org.scamkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms scamkg uses. Jena ships no PROV vocabulary class, so this holds ours. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
}
