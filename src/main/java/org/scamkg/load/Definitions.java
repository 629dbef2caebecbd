package org.scamkg.load;

import org.scamkg.common.Origin;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every identifier the records define, and where: the first pass over all files fills it, so
 * the second pass can tell a reference that resolves from one that does not, whatever the file
 * order.
 */
public final class Definitions {
    /** Where one identifier is defined, and what kind of record defines it. */
    public record Site(Origin origin, String section) {}

    private final Map<String, Site> defined = new HashMap<>();

    /**
     * Records a definition. Answers the earlier site if the id was already defined (a duplicate),
     * unless {@code repeatable} sections may report the same event or licence from several sources.
     */
    public Optional<Site> define(String ref, Origin origin, String section, boolean repeatable) {
        Site earlier = defined.get(ref);
        if (earlier == null) {
            defined.put(ref, new Site(origin, section));
            return Optional.empty();
        }
        boolean sameFile = earlier.origin().file().equals(origin.file());
        if (repeatable && earlier.section().equals(section) && !sameFile) return Optional.empty();
        return Optional.of(earlier);
    }

    public boolean contains(String ref) { return defined.containsKey(ref); }

    public Optional<Site> site(String ref) { return Optional.ofNullable(defined.get(ref)); }

    public int size() { return defined.size(); }
}
