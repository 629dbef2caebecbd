package org.scamkg.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scamkg.validate.QuoteChecker;

/**
 * One source as the generator writes it: the article's text, sentence by sentence, and its
 * record file ({@code sources/<slug>.yml}) in the format of docs/data.md, section by section.
 * Quotes are taken from sentences already said, and {@link #render} checks every one against the
 * finished text with the loader's own {@link QuoteChecker}, so a template edit that breaks a
 * quote fails here, at generation, not in a benchmark's load.
 */
final class SourceRecord {
    static final List<String> SECTIONS = List.of("entities", "mentions", "holdings", "events", "licences", "claims");

    private final String slug;
    private final StringBuilder card = new StringBuilder();
    private final Map<String, StringBuilder> sections = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<String> quotes = new ArrayList<>();
    private final YieldTally tally = new YieldTally();

    SourceRecord(String slug) {
        this.slug = slug;
        SECTIONS.forEach(s -> sections.put(s, new StringBuilder()));
    }

    String slug() { return slug; }
    String ref() { return "source/" + slug; }
    String textFile() { return slug + ".txt"; }

    /** Adds a sentence (a line) to the article and answers it, to be quoted whole or in part. */
    String say(String sentence) {
        text.append(sentence).append('\n');
        return sentence;
    }

    /** The comment block and record card. */
    void card(List<String> comments, String type, String title, String publisher, String published) {
        for (String c : comments) card.append("# ").append(c).append('\n');
        card.append("source:\n");
        card.append("  id: ").append(ref()).append('\n');
        card.append("  type: ").append(type).append('\n');
        card.append("  title: ").append(quoted(title)).append('\n');
        card.append("  publisher: ").append(publisher).append('\n');
        tally.ref(publisher);
        card.append("  published: ").append(published).append('\n');
        card.append("  language: en\n");
        card.append("  file: ").append(textFile()).append('\n');
    }

    /** Starts a record in a section; its fields follow through the returned {@link Item}. */
    Item item(String section) {
        StringBuilder b = sections.get(section);
        if (b == null) throw new IllegalArgumentException("no section " + section);
        return new Item(b);
    }

    void holding(String holder, String post) { tally.holding(holder, post); }

    /** The record file; throws when a quote is not in the text or too long (a generator bug). */
    String render() {
        QuoteChecker checker = new QuoteChecker(text.toString());
        for (String q : quotes) {
            Optional<String> reason = checker.check(q);
            if (reason.isPresent()) throw new IllegalStateException(slug + ": generated quote rejected: " + reason.get() + ": " + q);
        }
        StringBuilder out = new StringBuilder(card).append('\n').append(tally.assertions());
        sections.forEach((name, body) -> {
            if (body.length() > 0) out.append('\n').append(name).append(":\n").append(body);
        });
        return out.toString();
    }

    String text() { return text.toString(); }

    /** A YAML double-quoted scalar: safe for any text, whatever punctuation it holds. */
    static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** The fields of one record, written in the order given. */
    final class Item {
        private final StringBuilder b;
        private boolean first = true;

        private Item(StringBuilder b) { this.b = b; }

        private StringBuilder key(String k) {
            b.append(first ? "  - " : "    ").append(k).append(": ");
            first = false;
            return b;
        }

        /** Free text, quoted. */
        Item text(String k, String v) { key(k).append(quoted(v)).append('\n'); return this; }

        /** A plain token: a term of a vocabulary, a date, a kind word. */
        Item word(String k, String v) { key(k).append(v).append('\n'); return this; }

        Item number(String k, long v) { key(k).append(v).append('\n'); return this; }

        /** A reference to an entity, event, licence, claim or source, counted for the assertions. */
        Item ref(String k, String ref) {
            tally.ref(ref);
            key(k).append(ref).append('\n');
            return this;
        }

        Item refs(String k, List<String> refs) {
            refs.forEach(tally::ref);
            key(k).append('[').append(String.join(", ", refs)).append("]\n");
            return this;
        }

        Item texts(String k, List<String> values) {
            key(k).append('[').append(String.join(", ", values.stream().map(SourceRecord::quoted).toList())).append("]\n");
            return this;
        }

        /** The period a figure covers: from and to as dates (either may be null), and the source's words. */
        Item period(String from, String to, String as) {
            List<String> parts = new ArrayList<>();
            if (from != null) parts.add("from: " + from);
            if (to != null) parts.add("to: " + to);
            parts.add("as: " + quoted(as));
            key("period").append('{').append(String.join(", ", parts)).append("}\n");
            return this;
        }

        /** The words of the source that support the record; one or several, each checked at render. */
        Item quote(String... qs) {
            quotes.addAll(List.of(qs));
            if (qs.length == 1) key("quote").append(quoted(qs[0])).append('\n');
            else texts("quote", List.of(qs));
            return this;
        }
    }
}
