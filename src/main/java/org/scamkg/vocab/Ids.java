package org.scamkg.vocab;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identifier scheme (docs/design.md, "Identifiers"): things under {@code https://w3id.org/scamkg/id/{kind}/{slug}},
 * controlled terms under {@code …/vocab/{scheme}/{term}}, named graphs under {@code …/graph/…}.
 * A reference in a record is the short form {@code kind/slug}, such as {@code person/sar-sokha}.
 */
public final class Ids {
    public static final String BASE = "https://w3id.org/scamkg/";
    public static final String ID = BASE + "id/";
    public static final String VOCAB = BASE + "vocab/";
    public static final String GRAPH = BASE + "graph/";
    public static final String ONTOLOGY_GRAPH = GRAPH + "ontology";
    public static final String REGISTRY_GRAPH = GRAPH + "registry";
    public static final String IMPORT_GRAPH_PREFIX = GRAPH + "import/";
    /** What the load computes from the other graphs (store.DerivedGraph): no source's claim. */
    public static final String DERIVED_GRAPH = GRAPH + "derived";
    /** The registry is itself a source: the curators' reference data. */
    public static final String REGISTRY_SOURCE = ID + "source/scamkg-registry";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The kinds of thing a slug may name. */
    public enum Kind {
        PERSON, ORG, POST, SITE, PLACE, LICENCE, EVENT, CLAIM, SOURCE;

        public String segment() { return name().toLowerCase(Locale.ROOT); }

        public static Optional<Kind> fromSegment(String segment) {
            for (Kind k : values())
                if (k.segment().equals(segment)) return Optional.of(k);
            return Optional.empty();
        }
    }

    private Ids() {}

    /**
     * The longest slug (the longest curated one has under 60 characters). Without a bound, a
     * megabyte slug becomes a megabyte IRI, which the name index cannot hold as a term (Lucene
     * refuses terms over 32 KB), and the load fails with the index's exception.
     */
    public static final int MAX_SLUG_LENGTH = 100;

    public static boolean isSlug(String s) { return s != null && s.length() <= MAX_SLUG_LENGTH && SLUG.matcher(s).matches(); }

    /** A slug that would be one but for its length. */
    public static boolean isTooLongSlug(String s) { return s != null && s.length() > MAX_SLUG_LENGTH && SLUG.matcher(s).matches(); }

    /** Full IRI for {@code kind/slug}. The caller has checked the reference with {@link #parseRef}. */
    public static String iri(String ref) { return ID + ref; }

    public static String iri(Kind kind, String slug) { return ID + kind.segment() + "/" + slug; }

    public static String vocab(String scheme, String term) { return VOCAB + scheme + "/" + term; }

    public static String vocabScheme(String scheme) { return VOCAB + scheme; }

    public static String sourceGraph(String sourceSlug) { return GRAPH + sourceSlug; }

    public static String importGraph(String dataset) { return IMPORT_GRAPH_PREFIX + dataset; }

    /** Parses {@code kind/slug}; empty when the kind is unknown or the slug is malformed. */
    public static Optional<Ref> parseRef(String ref) {
        if (ref == null) return Optional.empty();
        int slash = ref.indexOf('/');
        if (slash < 0) return Optional.empty();
        Optional<Kind> kind = Kind.fromSegment(ref.substring(0, slash));
        String slug = ref.substring(slash + 1);
        if (kind.isEmpty() || !isSlug(slug)) return Optional.empty();
        return Optional.of(new Ref(kind.get(), slug));
    }

    /**
     * Accepts a full IRI under {@link #ID} or a short form {@code kind/slug}; answers the full IRI.
     * Imported FollowTheMoney entities' IRIs ({@code id/ftm/…}) and other absolute http(s) IRIs
     * (an imported dataset's) are accepted too.
     */
    public static Optional<String> resolve(String text) {
        if (text == null) return Optional.empty();
        String stripped = text.strip();
        String t = stripped.startsWith("<") && stripped.endsWith(">") ? stripped.substring(1, stripped.length() - 1) : stripped;
        if (t.startsWith(ID + "ftm/")) // an imported FollowTheMoney entity: id/ftm/<dataset>/<percent-encoded id>
            return t.matches("\\Q" + ID + "\\Eftm/[a-z0-9]+(-[a-z0-9]+)*/[A-Za-z0-9._~%*-]+") ? Optional.of(t) : Optional.empty();
        if (t.startsWith(ID)) return parseRef(t.substring(ID.length())).map(r -> t);
        if (t.startsWith("http://") || t.startsWith("https://"))
            return t.matches("https?://[^\\s<>\"{}|\\\\^`]+") ? Optional.of(t) : Optional.empty();
        return parseRef(t).map(Ref::iri);
    }

    /** The short form of one of our IRIs, or the IRI itself. */
    public static String shortForm(String iri) { return iri.startsWith(ID) ? iri.substring(ID.length()) : iri; }

    /** A parsed reference. */
    public record Ref(Kind kind, String slug) {
        public String iri() { return Ids.iri(kind, slug); }
        @Override public String toString() { return kind.segment() + "/" + slug; }
    }
}
