package org.scamkg.load;

import java.util.Map;

import org.scamkg.vocab.Ids;

/**
 * First pass over one source file: notes every identifier it defines (the source itself, its
 * entities, events, licences and claims) without mapping anything. Malformed identifiers are
 * left for the second pass, which reports them with their field.
 */
final class DefinitionCollector {
    /** Sections that define identifiers, and whether several sources may report the same one. */
    private static final Map<String, Boolean> SECTIONS = Map.of(
            "entities", false, "events", true, "licences", true, "claims", false);

    private DefinitionCollector() {}

    static void collect(RecordNode root, String file, Definitions definitions, Problems problems) {
        if (!root.isMap()) return;
        RecordNode card = root.fields().get("source");
        if (card != null && card.isMap()) define(card.fields().get("id"), "source", false, file, definitions, problems);
        SECTIONS.forEach((section, repeatable) -> {
            RecordNode list = root.fields().get(section);
            if (list == null || !list.isList()) return;
            for (RecordNode item : list.items())
                if (item.isMap()) define(item.fields().get("id"), section, repeatable, file, definitions, problems);
        });
    }

    private static void define(RecordNode id, String section, boolean repeatable, String file, Definitions definitions, Problems problems) {
        if (id == null || !id.isScalar() || Ids.parseRef(id.text().strip()).isEmpty()) return;
        String ref = id.text().strip();
        Origin origin = new Origin(file, id.line(), id.path());
        definitions.define(ref, origin, section, repeatable).ifPresent(earlier ->
                problems.add(origin.problem("'" + ref + "' is already defined at " + earlier.origin().file() + ":" + earlier.origin().line())));
    }
}
