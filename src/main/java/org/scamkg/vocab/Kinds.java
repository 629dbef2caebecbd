package org.scamkg.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;

/**
 * Which kinds of thing exist, read from the annotations on the classes of {@code ontology/scamkg.ttl}
 * (the one place they are written): the identifier segment of each general kind ({@code skg:idSegment}:
 * person, org, place…), the word a record gives for a specific kind ({@code skg:kindWord}: company,
 * compound…), the plural name under which counts, tables and a source's assertions list a kind
 * ({@code skg:collection}, ordered by {@code skg:collectionOrder}), the name network exports show
 * ({@code skg:displayName}) and the FollowTheMoney schema a class is written as ({@code skg:ftmSchema}).
 * Adding a kind of organisation is one class with a kind word under an organisation class; the
 * loader, statistics, exports and both FollowTheMoney directions pick it up from here.
 */
public final class Kinds {
    /** One class of the ontology with its annotations and its superclasses (itself first, nearest first). */
    public record KindClass(Resource cls, Optional<String> idSegment, Optional<String> word, Optional<String> collection,
                            int collectionOrder, Optional<String> displayName, List<String> ftmSchemas, List<Resource> ancestors) {
        /** How deep in the class tree: a more specific class is deeper. */
        public int depth() { return ancestors.size(); }
    }

    /**
     * A collection: its name ("persons"), the class whose members it counts, and what one member
     * is called ("person": the class's display name, else its label), for "1 person".
     */
    public record KindCollection(String name, Resource cls, String singular) {}

    private final Model ontology;
    private final Map<Resource, KindClass> classes = new LinkedHashMap<>();

    private Kinds(Model ontology) {
        this.ontology = ontology;
        List<Resource> annotated = new ArrayList<>();
        for (var p : List.of(SKG.idSegment, SKG.kindWord, SKG.collection, SKG.displayName, SKG.ftmSchema))
            ontology.listResourcesWithProperty(p).forEach(r -> { if (r.isURIResource() && !annotated.contains(r)) annotated.add(r); });
        for (Resource c : annotated) {
            List<String> ftm = ontology.listObjectsOfProperty(c, SKG.ftmSchema).mapWith(n -> n.asLiteral().getLexicalForm()).toList();
            ftm = ftm.stream().sorted().toList();
            classes.put(c, new KindClass(c, text(c, SKG.idSegment), text(c, SKG.kindWord), text(c, SKG.collection),
                    text(c, SKG.collectionOrder).map(Integer::parseInt).orElse(Integer.MAX_VALUE), text(c, SKG.displayName), ftm,
                    ancestors(c)));
        }
    }

    /** The kinds of an ontology model (the loader reads {@code ontology/}). */
    public static Kinds from(Model ontology) { return new Kinds(ontology); }

    /** The kinds of the ontology graph a store holds; call inside a read transaction. */
    public static Kinds of(Dataset store) {
        Model copy = ModelFactory.createDefaultModel(); // a copy: the kinds outlive the transaction
        copy.getGraph().getPrefixMapping();
        store.asDatasetGraph().getGraph(NodeFactory.createURI(Ids.ONTOLOGY_GRAPH)).find().forEachRemaining(copy.getGraph()::add);
        return new Kinds(copy);
    }

    public java.util.Collection<KindClass> classes() { return classes.values(); }

    /** The general class of an identifier kind: foaf:Person for person, org:Organization for org. */
    public Optional<Resource> generalClass(Ids.Kind kind) {
        return classes.values().stream().filter(k -> k.idSegment().equals(Optional.of(kind.segment()))).map(KindClass::cls).findFirst();
    }

    /** The kind words a record of this identifier kind may give, sorted; empty when it takes none (person, post). */
    public List<String> words(Ids.Kind kind) {
        Optional<Resource> general = generalClass(kind);
        if (general.isEmpty()) return List.of();
        return classes.values().stream().filter(k -> k.word().isPresent() && k.ancestors().contains(general.get()))
                .map(k -> k.word().get()).sorted().toList();
    }

    /**
     * The types of a thing of this identifier kind described as {@code word}: its general class, then
     * the class of the word (the general type is always written, so no query needs inference).
     */
    public List<Resource> types(Ids.Kind kind, Optional<String> word) {
        Set<Resource> out = new LinkedHashSet<>();
        generalClass(kind).ifPresent(out::add);
        word.flatMap(w -> classOfWord(kind, w)).ifPresent(out::add);
        return List.copyOf(out);
    }

    private Optional<Resource> classOfWord(Ids.Kind kind, String word) {
        Optional<Resource> general = generalClass(kind);
        return classes.values().stream().filter(k -> k.word().equals(Optional.of(word)))
                .filter(k -> general.isEmpty() || k.ancestors().contains(general.get())).map(KindClass::cls).findFirst();
    }

    /** The collections in their order: persons, organisations, posts… */
    public List<KindCollection> collections() {
        return classes.values().stream().filter(k -> k.collection().isPresent())
                .sorted(Comparator.comparingInt(KindClass::collectionOrder).thenComparing(k -> k.collection().get()))
                .map(k -> new KindCollection(k.collection().get(), k.cls(), singular(k))).toList();
    }

    private String singular(KindClass k) {
        return k.displayName().map(d -> d.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + d.substring(1))
                .or(() -> Optional.ofNullable(k.cls().getProperty(org.apache.jena.vocabulary.RDFS.label, "en")).map(st -> st.getString()))
                .orElse(k.collection().orElseThrow());
    }

    public Optional<Resource> collectionClass(String name) {
        return collections().stream().filter(c -> c.name().equals(name)).map(KindCollection::cls).findFirst();
    }

    /** The display name of the most specific class among {@code types} that has one. */
    public Optional<String> displayName(java.util.Collection<? extends RDFNode> types) {
        return mostSpecific(types, k -> k.displayName().isPresent()).flatMap(KindClass::displayName);
    }

    /**
     * The FollowTheMoney schema a thing with these types is written as: that of the most specific
     * annotated class among its types and their superclasses (an NGO is written as its parent's
     * Organization).
     */
    public Optional<String> ftmSchema(java.util.Collection<? extends RDFNode> types) {
        Optional<String> best = Optional.empty();
        int bestDepth = -1;
        for (RDFNode t : types) {
            if (!t.isURIResource()) continue;
            List<Resource> chain = ancestors(ontology.createResource(t.asResource().getURI()));
            for (Resource a : chain) {
                KindClass k = classes.get(a);
                if (k == null || k.ftmSchemas().size() != 1) continue;
                if (chain.size() > bestDepth) { // the deepest type decides: a company is not written as its parent's schema
                    bestDepth = chain.size();
                    best = Optional.of(k.ftmSchemas().get(0));
                }
                break;
            }
        }
        return best;
    }

    /**
     * The classes an imported entity of a FollowTheMoney schema gets: the most general class
     * written as that schema (Address is a schema:Place, not a site), with the general class of
     * its identifier kind. Empty when no class is written as it, or when unrelated classes are
     * (a Note may be a claim or a curated link: it is kept verbatim only).
     */
    public List<Resource> classesForFtmSchema(String schema) {
        List<KindClass> written = classes.values().stream().filter(k -> k.ftmSchemas().contains(schema)).toList();
        Optional<KindClass> general = written.stream().filter(k -> written.stream().allMatch(o -> o.ancestors().contains(k.cls())))
                .findFirst();
        if (general.isEmpty()) return List.of();
        Set<Resource> out = new LinkedHashSet<>();
        for (Resource a : general.get().ancestors()) {
            KindClass ak = classes.get(a);
            if (ak != null && ak.idSegment().isPresent()) {
                out.add(a);
                break;
            }
        }
        out.add(general.get().cls());
        return List.copyOf(out);
    }

    private Optional<KindClass> mostSpecific(java.util.Collection<? extends RDFNode> types, java.util.function.Predicate<KindClass> having) {
        return types.stream().filter(RDFNode::isResource).map(t -> classes.get(t.asResource())).filter(k -> k != null && having.test(k))
                .max(Comparator.comparingInt(KindClass::depth).thenComparing(k -> k.cls().getURI(), Comparator.reverseOrder()));
    }

    private static Optional<String> text(Resource c, org.apache.jena.rdf.model.Property p) {
        Statement s = c.getProperty(p);
        return s == null ? Optional.empty() : Optional.of(s.getObject().asLiteral().getLexicalForm());
    }

    /** The class and its superclasses, nearest first (breadth first over rdfs:subClassOf). */
    private static List<Resource> ancestors(Resource c) {
        List<Resource> out = new ArrayList<>();
        Set<Resource> seen = new HashSet<>();
        List<Resource> frontier = List.of(c);
        while (!frontier.isEmpty()) {
            List<Resource> next = new ArrayList<>();
            for (Resource r : frontier) {
                if (!seen.add(r)) continue;
                out.add(r);
                r.listProperties(RDFS.subClassOf).forEach(st -> { if (st.getObject().isURIResource()) next.add(st.getResource()); });
            }
            frontier = next;
        }
        return out;
    }

    /** Whether a class is, or lies under, another. */
    public boolean isA(Resource cls, Resource ancestor) {
        KindClass k = classes.get(cls);
        return cls.equals(ancestor) || (k != null && k.ancestors().contains(ancestor));
    }

    /** Classes by their display name, for readers of exports. */
    public Map<String, Resource> byDisplayName() {
        Map<String, Resource> out = new HashMap<>();
        classes.values().forEach(k -> k.displayName().ifPresent(n -> out.put(n, k.cls())));
        return out;
    }
}
