package org.scamkg.load;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * A record's {@code note}: the curator's inference or remark ("the year is the forum's", "police"
 * read as the national police), kept as {@code skos:editorialNote} on the node the record makes,
 * in its source's graph, so that users see it beside the fact, on the entity page and in every
 * export, rather than in a YAML comment only curators read.
 */
final class CuratorNote {
    private CuratorNote() {}

    static void write(MappingContext ctx, Resource node, RecordFields rec) {
        rec.text("note").ifPresent(n -> ctx.add(node, SKOS.editorialNote, ctx.text(n), rec.origin("note")));
    }
}
