package org.scamkg.load;

import org.scamkg.common.Origin;
import org.scamkg.common.Problems;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.Kinds;
import org.scamkg.vocab.SKG;

/**
 * First pass over one source file: notes every identifier it defines (the source itself, its
 * entities, events, licences and claims) and their types, without mapping anything. Malformed identifiers are
 * left for the second pass, which reports them with their field.
 */
final class DefinitionCollector {
    /** Sections that define identifiers, and whether several sources may report the same one. */
    private static final Map<String, Boolean> SECTIONS = Map.of(
            "entities", false, "events", true, "licences", true, "claims", false);

    private DefinitionCollector() {}

    /** Section by section: the class of what it defines (entities take theirs from their kind word). */
    private static final Map<String, Resource> SECTION_TYPES = Map.of(
            "events", SKG.Event, "licences", SKG.Licence, "claims", SKG.Claim);

    /**
     * Notes what {@code root} defines, and the RDF types of those definitions into {@code types},
     * so other files' references can be checked (by class) before this file is mapped.
     */
    static void collect(RecordNode root, String file, Definitions definitions, Problems problems, Graph types, Kinds kinds) {
        if (!root.isMap()) return;
        RecordNode card = root.fields().get("source");
        if (card != null && card.isMap()) {
            define(card.fields().get("id"), "source", false, file, definitions, problems);
            typeOf(card, Ids.Kind.SOURCE, "type", types, kinds);
        }
        SECTIONS.forEach((section, repeatable) -> {
            RecordNode list = root.fields().get(section);
            if (list == null || !list.isList()) return;
            for (RecordNode item : list.items()) {
                if (!item.isMap()) continue;
                define(item.fields().get("id"), section, repeatable, file, definitions, problems);
                if (SECTION_TYPES.containsKey(section)) ref(item).ifPresent(r ->
                        types.add(Triple.create(NodeFactory.createURI(r.iri()), RDF.type.asNode(), SECTION_TYPES.get(section).asNode())));
                else ref(item).ifPresent(r -> typeOf(item, r.kind(), "kind", types, kinds));
            }
        });
    }

    private static Optional<Ids.Ref> ref(RecordNode item) {
        RecordNode id = item.fields().get("id");
        return id == null || !id.isScalar() ? Optional.empty() : Ids.parseRef(id.text().strip());
    }

    /** The types an entity's kind word gives; nothing when the word is wrong (the mapping pass reports it). */
    private static void typeOf(RecordNode item, Ids.Kind kind, String wordField, Graph types, Kinds kinds) {
        Optional<Ids.Ref> r = ref(item);
        if (r.isEmpty() || r.get().kind() != kind || (kind != Ids.Kind.SOURCE && !EntityWriter.ENTITY_KINDS.contains(kind))) return;
        RecordNode w = item.fields().get(wordField);
        String word = w != null && w.isScalar() ? w.text().strip() : null;
        List<String> words = kinds.words(kind);
        if (!words.isEmpty() && !words.contains(word)) return;
        for (Resource t : kinds.types(kind, Optional.ofNullable(word)))
            types.add(Triple.create(NodeFactory.createURI(r.get().iri()), RDF.type.asNode(), t.asNode()));
    }

    private static void define(RecordNode id, String section, boolean repeatable, String file, Definitions definitions, Problems problems) {
        if (id == null || !id.isScalar() || Ids.parseRef(id.text().strip()).isEmpty()) return;
        String ref = id.text().strip();
        Origin origin = new Origin(file, id.line(), id.path());
        definitions.define(ref, origin, section, repeatable).ifPresent(earlier ->
                problems.add(origin.problem("'" + ref + "' is already defined at " + earlier.origin().file() + ":" + earlier.origin().line())));
    }
}
