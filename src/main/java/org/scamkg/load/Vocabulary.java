package org.scamkg.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.SKOS;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Kinds;

/**
 * The controlled terms shipped in {@code ontology/}, by scheme, so a record that names a term
 * ({@code measure: people-rescued}) is checked against the scheme rather than minting a new term.
 */
public final class Vocabulary {
    private final Map<String, Set<String>> termsByScheme = new HashMap<>();
    private final Kinds kinds;

    public Vocabulary(Model ontology) {
        this.kinds = Kinds.from(ontology);
        StmtIterator it = ontology.listStatements(null, SKOS.inScheme, (Resource) null);
        while (it.hasNext()) {
            Statement s = it.next();
            String concept = s.getSubject().getURI();
            String scheme = s.getObject().asResource().getURI();
            if (concept == null || scheme == null || !scheme.startsWith(Ids.VOCAB)) continue;
            String schemeName = scheme.substring(Ids.VOCAB.length());
            if (concept.startsWith(scheme + "/"))
                termsByScheme.computeIfAbsent(schemeName, k -> new TreeSet<>()).add(concept.substring(scheme.length() + 1));
        }
    }

    public boolean has(String scheme, String term) {
        return termsByScheme.getOrDefault(scheme, Set.of()).contains(term);
    }

    /** The kinds of thing the ontology defines, with their record words. */
    public Kinds kinds() { return kinds; }

    public Set<String> terms(String scheme) { return termsByScheme.getOrDefault(scheme, Set.of()); }
}
