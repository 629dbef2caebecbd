package org.scamkg.export;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF serializations scamkg exports, by their short names. Quad formats (TriG, N-Quads,
 * JSON-LD) keep each source's named graph; triple formats write the union of the graphs, where
 * every fact still names its source with prov:wasDerivedFrom.
 */
public enum RdfFormat {
    TTL("ttl", "ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, false),
    TRIG("trig", "trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, true),
    NQ("nq", "nq", Lang.NQUADS, RDFFormat.NQUADS, true),
    NT("nt", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES, false),
    JSONLD("jsonld", "jsonld", Lang.JSONLD, null, true),
    RDFXML("rdfxml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, false);

    public final String shortName;
    public final String extension;
    public final Lang lang;
    final RDFFormat jenaFormat;
    public final boolean quads;

    RdfFormat(String shortName, String extension, Lang lang, RDFFormat jenaFormat, boolean quads) {
        this.shortName = shortName;
        this.extension = extension;
        this.lang = lang;
        this.jenaFormat = jenaFormat;
        this.quads = quads;
    }

    public String contentType() { return lang.getContentType().getContentTypeStr(); }

    /** The Jena format for writing one graph in this serialization. */
    public RDFFormat jenaFormatForGraph() { return jenaFormat; }

    public static Optional<RdfFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.shortName.equals(name)).findFirst();
    }

    public static Optional<RdfFormat> byExtension(String ext) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }
}
