package org.scamkg.vocab;

import org.scamkg.vocab.FTM;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/** The prefixes scamkg writes and shows: its own namespaces and the vocabularies it reuses. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefix("skg", SKG.NS);
        pm.setNsPrefix("id", Ids.ID);
        pm.setNsPrefix("vocab", Ids.VOCAB);
        pm.setNsPrefix("graph", Ids.GRAPH);
        pm.setNsPrefix("org", ORG.NS);
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("schema", SchemaDO.NS);
        pm.setNsPrefix("prov", PROV.NS);
        pm.setNsPrefix("skos", SKOS.uri);
        pm.setNsPrefix("dcterms", DCTerms.NS);
        pm.setNsPrefix("geo", GEO.NS);
        pm.setNsPrefix("ftm", FTM.NS);
        return pm;
    }
}
