package org.scamkg.load;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.scamkg.common.Problems;
import org.scamkg.validate.YieldCheck;
import org.scamkg.vocab.Kinds;

/**
 * What a source file declares it yields ({@code assertions:}): one count per collection of the
 * ontology's kinds, the required ones as record-format.yaml says. {@link YieldCheck} compares them
 * with what the source yields at every load.
 */
final class SourceAssertions {
    private final List<YieldCheck.Declared> declared = new ArrayList<>();

    /** The counts a source declares, one field per collection of the ontology's kinds (persons, organisations…). */
    static SourceAssertions read(RecordFields rec, Kinds kinds) {
        SourceAssertions a = new SourceAssertions();
        RecordFormat.Section format = RecordFormat.get().section("assertions").orElseThrow();
        for (Kinds.KindCollection c : kinds.collections()) {
            String kind = c.name();
            var n = rec.count(kind, 0);
            boolean required = format.fields().containsKey(kind) && format.fields().get(kind).required();
            if (n.isPresent()) a.declared.add(new YieldCheck.Declared(kind, c.cls(), n.get(), rec.origin(kind)));
            else if (required && !rec.has(kind)) rec.problem(kind, "required: how many " + kind + " this source yields");
        }
        rec.finish();
        return a;
    }

    void check(Graph sourceGraph, Graph allData, Problems problems) {
        YieldCheck.check(declared, sourceGraph, allData, problems);
    }
}
