package org.scamkg.export;

import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.scamkg.store.StoreStatistics;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Prefixes;
import org.scamkg.vocab.SKG;

/**
 * The VoID and DCAT description of the dataset: size, entities by class, vocabularies, sources,
 * licence, SPARQL endpoint, and (for a release) each downloadable file with its format, size and
 * SHA-256. Served at {@code /void} and written by {@code release}.
 */
public final class DatasetDescription {
    public static final String DATASET = Ids.BASE + "dataset";
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    private static final String SPDX = "http://spdx.org/rdf/terms#";

    /** A file of a release: name, media type, bytes, SHA-256. */
    public record Distribution(String file, String mediaType, long bytes, String sha256) {}

    private DatasetDescription() {}

    public static Model of(Dataset store, String endpoint, List<Distribution> files) {
        StoreStatistics.Stats st = StoreStatistics.of(store);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("spdx", SPDX);
        Resource d = m.createResource(DATASET).addProperty(RDF.type, VOID.Dataset).addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("scamkg", "en"))
                .addProperty(DCTerms.description, m.createLiteral("An open knowledge graph of the actors, sites and cases of Cambodia's "
                        + "online-scam and human-trafficking economy, every fact cited to its source with a quote.", "en"))
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(VOID.sparqlEndpoint, m.createResource(endpoint))
                .addProperty(VOID.uriSpace, Ids.ID)
                .addProperty(VOID.vocabulary, m.createResource(SKG.NS))
                .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(st.quads()), XSDDatatype.XSDinteger));
        long entities = 0;
        for (var e : st.entitiesByKind().entrySet()) {
            entities += e.getValue();
            m.add(d, VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.createResource(st.classOfKind().get(e.getKey())))
                    .addLiteral(VOID.entities, m.createTypedLiteral(Long.toString(e.getValue()), XSDDatatype.XSDinteger)));
        }
        d.addLiteral(VOID.entities, m.createTypedLiteral(Long.toString(entities), XSDDatatype.XSDinteger));
        for (StoreStatistics.SourceRow s : st.sources()) d.addProperty(DCTerms.source, m.createResource(s.source()));
        for (Distribution f : files) {
            Resource dist = m.createResource().addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCAT.downloadURL, m.createResource(f.file()))
                    .addProperty(DCAT.mediaType, m.createResource("https://www.iana.org/assignments/media-types/" + f.mediaType()))
                    .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.bytes()), XSDDatatype.XSDinteger))
                    .addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                            .addProperty(m.createProperty(SPDX, "algorithm"), m.createResource(SPDX + "checksumAlgorithm_sha256"))
                            .addProperty(m.createProperty(SPDX, "checksumValue"), f.sha256()));
            d.addProperty(DCAT.distribution, dist);
        }
        return m;
    }
}
