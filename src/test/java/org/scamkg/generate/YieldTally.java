package org.scamkg.generate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one source file yields, for its {@code assertions:} block: every identifier it writes
 * into its graph, by kind, as the loader counts them (SourceAssertions: a thing counts when it
 * appears anywhere in the source's graph, so a firm named only as a licensee, or another
 * source's claim that this one disputes, counts too). Holdings are counted by holder and post,
 * the two parts of a holding's IRI.
 */
final class YieldTally {
    /** The assertion fields, in the order curated files write them, and the id prefix of each. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("persons", "person/");
        KINDS.put("organisations", "org/");
        KINDS.put("events", "event/");
        KINDS.put("claims", "claim/");
        KINDS.put("places", "place/");
        KINDS.put("sites", "site/");
        KINDS.put("licences", "licence/");
    }

    private final Map<String, Set<String>> seen = new LinkedHashMap<>();
    private final Set<String> holdings = new TreeSet<>();

    YieldTally() {
        KINDS.keySet().forEach(k -> seen.put(k, new TreeSet<>()));
    }

    /** Notes a reference written into the graph; posts and sources are not counted kinds. */
    void ref(String ref) {
        KINDS.forEach((kind, prefix) -> {
            if (ref.startsWith(prefix)) seen.get(kind).add(ref);
        });
    }

    void holding(String holder, String post) {
        holdings.add(holder + "/holds/" + post);
    }

    /** The {@code assertions:} block. */
    String assertions() {
        StringBuilder b = new StringBuilder("assertions:\n");
        seen.forEach((kind, refs) -> b.append("  ").append(kind).append(": ").append(refs.size()).append('\n'));
        b.append("  holdings: ").append(holdings.size()).append('\n');
        return b.toString();
    }
}
