package org.scamkg.vocab;

import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The GeoSPARQL terms scamkg uses for the public coordinates of cities and provinces. */
public final class GEO {
    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    private GEO() {}

    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS, "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS, "asWKT");
    public static final RDFDatatype wktLiteral = new BaseDatatype(NS + "wktLiteral");
}
