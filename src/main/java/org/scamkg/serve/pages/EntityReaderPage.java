package org.scamkg.serve.pages;

import org.scamkg.site.Templates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.Cursor;
import org.scamkg.query.PagingException;
import org.scamkg.site.Counted;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.vocab.Ids;

/**
 * The page of an entity, written for a reader: what it is and its names; the posts it held (or,
 * for a post, who held it), each date beside the quote of the source that gives it; its events
 * in date order; the claims it made and those about it, in words, each with its quote, source and
 * date; then its other facts, each value beside the quote that supports that fact. Every link
 * shows a label. Built from the canned questions (entity-profile, name-variants,
 * entity-timeline, claims-about) and the holdings' own attestations. Call inside a read transaction.
 */
final class EntityReaderPage {
    private static final String SKG = "https://w3id.org/scamkg/ontology#";
    private static final String PROV = "http://www.w3.org/ns/prov#";
    /** Shown in their own sections, or derived for queries: not repeated among the facts. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of("type", "label", "altLabel", "quote", "holds", "holder", "heldBy", "post",
            "attests", "claimant", "about", "firstDay", "lastDay", "normalisedName", "wasDerivedFrom", "statement");

    private final QueryCatalog catalog;
    private final QueryRunner runner;
    private final Dataset dataset;

    EntityReaderPage(QueryCatalog catalog, Dataset dataset, long timeoutMillis) {
        this.catalog = catalog;
        this.dataset = dataset;
        this.runner = new QueryRunner(dataset, timeoutMillis);
    }

    /** An entity of its own ({@code id/kind/slug}), as opposed to one of its parts. */
    static boolean isEntity(String iri) {
        return iri.startsWith(Ids.ID) && Ids.parseRef(Ids.shortForm(iri)).isPresent();
    }

    record Cite(String quote, String source, String sourceHref) {}

    record Name(String name, String language, String how, List<Cite> cites) {}

    record Dated(String date, String quote, String source, String sourceHref) {}

    record Holding(String text, String href, String holding, String period, List<Dated> evidence) {}

    record Event(String date, String text, String href, String type, String role, List<DescriptionPage.Value> sources, String firstDay) {}

    record Claim(String statement, String href, String claimant, String claimantHref, String stated, List<String> quotes, String source,
                 String sourceHref, String relation, List<DescriptionPage.Value> disputes, List<DescriptionPage.Value> disputedBy) {}

    record Evidence(String text, String href, String note, String quote, String source, String sourceHref) {}

    record Fact(String property, List<Evidence> values) {}

    /** How many items of a growing section the entity's own page shows; the rest are a link away. */
    static final int SECTION_SIZE = 20;
    /** The page size of a section's own view ({@code ?section=…}). */
    static final int SECTION_PAGE = 100;

    /** The sections that grow with the graph, by the name their own view has in a URL. */
    enum Section {
        TIMELINE("timeline", "events", "event", "Timeline"),
        CLAIMS_MADE("claims-made", "claims it made", "claim it made", "What it said"),
        CLAIMS_ABOUT("claims-about", "claims about it", "claim about it", "What others said"),
        FACTS("facts", "facts", "fact", "Facts"),
        CONNECTED("connected", "connections", "connection", "Connected");

        final String slug;
        final String many;
        final String one;
        final String heading;

        Section(String slug, String many, String one, String heading) {
            this.slug = slug;
            this.many = many;
            this.one = one;
            this.heading = heading;
        }

        static Section of(String slug) {
            for (Section s : values()) if (s.slug.equals(slug)) return s;
            throw new PagingException("section: '" + slug + "' is not a section of an entity's page; the sections that come in pages are "
                    + String.join(", ", java.util.Arrays.stream(values()).map(x -> x.slug).toList()));
        }
    }

    /** What part of the page to show: the whole page, or one section from a cursor. */
    record View(Optional<Section> section, long offset) {
        static final View WHOLE = new View(Optional.empty(), 0);

        /** A request's {@code section} and {@code cursor}; a cursor of another entity or section is refused. */
        static View of(String iri, String section, String cursor) {
            if (section == null || section.isBlank()) {
                if (cursor != null && !cursor.isBlank()) throw new PagingException("cursor: a cursor pages a section; give its section= too");
                return WHOLE;
            }
            Section s = Section.of(section.strip());
            long offset = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor, key(iri, s));
            return new View(Optional.of(s), offset);
        }

        boolean shows(Section s) { return section.isEmpty() || section.get() == s; }

        int size() { return section.isPresent() ? SECTION_PAGE : SECTION_SIZE; }
    }

    static String key(String iri, Section s) {
        return Cursor.questionKey("entity-page/" + s.slug, org.apache.jena.sparql.engine.binding.BindingFactory.binding(
                org.apache.jena.sparql.core.Var.alloc("entity"), NodeFactory.createURI(iri)), Optional.empty());
    }

    /** The link under a section cut short, or the pager of a section's own view. */
    record More(String heading, String shown, String total, String all, String next, String previous, String whole) {}

    /** The items of a section in this view, and what to say about those left out. */
    private <T> List<T> slice(List<T> items, Section s, View view, String iri, Map<String, Object> m) {
        if (!view.shows(s)) return List.of();
        int from = (int) Math.min(items.size(), view.offset());
        int to = Math.min(items.size(), from + view.size());
        String href = Labels.href(iri) + "?section=" + s.slug;
        String total = Counted.of(items.size(), s.one, s.many);
        if (view.section().isPresent()) {
            m.put("sectionView", new More(s.heading, items.isEmpty() ? "none" : Counted.number(from + 1L) + "–" + Counted.number(to), total, "",
                    to < items.size() ? href + "&cursor=" + Cursor.encode(to, key(iri, s)) : "",
                    from == 0 ? "" : from - SECTION_PAGE <= 0 ? href : href + "&cursor=" + Cursor.encode(from - SECTION_PAGE, key(iri, s)),
                    Labels.href(iri)));
        } else if (items.size() > to) {
            m.put(s.name().toLowerCase(java.util.Locale.ROOT) + "More", new More(s.heading, "the first " + to, total, href, "", "", ""));
        }
        return items.subList(from, to);
    }

    String render(String iri) { return render(iri, View.WHOLE); }

    /**
     * The entity's page, or one section of it: each section that grows with the graph shows its
     * first {@link #SECTION_SIZE} items on the page, with the total and a link to the section's
     * own view, which shows it {@link #SECTION_PAGE} at a time with next and previous links.
     */
    String render(String iri, View view) {
        Labels labels = new Labels(dataset.asDatasetGraph());
        Graph g = labels.graph();
        Node e = NodeFactory.createURI(iri);
        Map<String, Object> m = Site.page(labels.of(iri));
        Map<String, String> param = Map.of("entity", iri);
        m.put("iri", iri);
        m.put("formats", DescriptionPage.formats(iri));
        List<String> kinds = new ArrayList<>();
        g.find(e, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> kinds.add(labels.of(t.getObject())));
        m.put("kind", String.join(", ", kinds.stream().distinct().toList()));
        catalog.get("entity-profile").ifPresent(q -> m.put("editor", Editor.link(q, Map.of("entity", Ids.shortForm(iri)))));

        // One line per name and way of naming, with every source that writes it so.
        Map<String, Name> byName = new LinkedHashMap<>();
        for (Binding r : rows("name-variants", param))
            byName.computeIfAbsent(text(r, "name") + "\u0000" + text(r, "language") + "\u0000" + text(r, "kind"),
                    k -> new Name(text(r, "name"), lang(text(r, "language")), text(r, "kind"), new ArrayList<>()))
                    .cites().add(new Cite(text(r, "quote"), labels.of(r.get("source")), href(r.get("source"))));
        List<Name> names = view.section().isPresent() ? List.of() : new ArrayList<>(byName.values());
        m.put("names", names);
        m.put("hasNames", names.size() > 1);

        boolean whole = view.section().isEmpty();
        m.put("posts", whole ? holdings(e, labels, NodeFactory.createURI(SKG + "holder"), NodeFactory.createURI(SKG + "post")) : List.of());
        m.put("holders", whole ? holdings(e, labels, NodeFactory.createURI(SKG + "post"), NodeFactory.createURI(SKG + "holder")) : List.of());

        List<Event> events = new ArrayList<>();
        for (Binding r : slice(view.shows(Section.TIMELINE) ? rows("entity-timeline", param) : List.<Binding>of(), Section.TIMELINE, view, iri, m))
            events.add(new Event(text(r, "date"), text(r, "eventLabel").isEmpty() ? labels.of(r.get("event")) : text(r, "eventLabel"),
                    href(r.get("event")), labels.of(r.get("type")), text(r, "role"), links(text(r, "sources"), labels), text(r, "firstDay")));
        m.put("events", events);
        m.put("timelinePicture", events.size() > 1);

        // Rows are cut to the page before each is worked out into words: a busy entity's page stays quick.
        List<Binding> madeRows = new ArrayList<>();
        List<Binding> aboutRows = new ArrayList<>();
        if (view.shows(Section.CLAIMS_MADE) || view.shows(Section.CLAIMS_ABOUT))
            for (Binding r : rows("claims-about", param)) ("claimant".equals(text(r, "relation")) ? madeRows : aboutRows).add(r);
        m.put("claimsMade", slice(madeRows, Section.CLAIMS_MADE, view, iri, m).stream().map(r -> claim(r.get("claim"), r, labels)).toList());
        m.put("claimsAbout", slice(aboutRows, Section.CLAIMS_ABOUT, view, iri, m).stream().map(r -> claim(r.get("claim"), r, labels)).toList());

        List<Binding> outRows = new ArrayList<>();
        List<Binding> inRows = new ArrayList<>();
        if (view.shows(Section.FACTS) || view.shows(Section.CONNECTED))
            for (Binding r : rows("entity-profile", param)) {
                String local = text(r, "property").replaceFirst("^.*[#/]", "");
                if (SHOWN_ELSEWHERE.contains(local)) continue;
                Node v = r.get("value");
                if (v != null && v.isURI() && v.getURI().startsWith(iri + "/")) continue; // its own parts: shown above
                ("out".equals(text(r, "direction")) ? outRows : inRows).add(r);
            }
        Map<String, List<Evidence>> facts = new LinkedHashMap<>();
        Map<String, List<Evidence>> incoming = new LinkedHashMap<>();
        List<Binding> shownFacts = new ArrayList<>(slice(outRows, Section.FACTS, view, iri, m));
        shownFacts.addAll(slice(inRows, Section.CONNECTED, view, iri, m));
        for (Binding r : shownFacts) {
            String property = text(r, "property");
            Node v = r.get("value");
            boolean out = "out".equals(text(r, "direction"));
            DescriptionPage.Value value = v == null ? new DescriptionPage.Value("", "", "") : DescriptionPage.value(v, labels);
            Evidence ev = new Evidence(value.text(), value.href(), value.note(), text(r, "quote").replace(" | ", " … "),
                    labels.of(r.get("source")), href(r.get("source")));
            (out ? facts : incoming).computeIfAbsent(labels.of(property) + (out ? "" : " (of)"), k -> new ArrayList<>()).add(ev);
        }
        m.put("facts", group(facts));
        m.put("incoming", group(incoming));
        return Templates.render("entity", m);
    }

    /** The holdings that link this entity by {@code self} to another by {@code other}, each with the attestations that date it. */
    private static List<Holding> holdings(Node e, Labels labels, Node self, Node other) {
        Graph g = labels.graph();
        List<Holding> out = new ArrayList<>();
        Set<Node> seen = new LinkedHashSet<>();
        g.find(Node.ANY, self, e).forEachRemaining(t -> seen.add(t.getSubject()));
        for (Node h : seen) {
            Optional<Node> o = first(g, h, other);
            if (o.isEmpty()) continue;
            List<Dated> evidence = new ArrayList<>();
            g.find(Node.ANY, NodeFactory.createURI(SKG + "attests"), h).forEachRemaining(t -> {
                Node a = t.getSubject();
                Optional<Node> src = first(g, a, NodeFactory.createURI(PROV + "wasDerivedFrom"));
                evidence.add(new Dated(first(g, a, NodeFactory.createURI(SKG + "attestedOn")).map(Node::getLiteralLexicalForm).orElse(""),
                        first(g, a, NodeFactory.createURI(SKG + "quote")).map(Node::getLiteralLexicalForm).orElse(""),
                        src.map(labels::of).orElse(""), src.map(s -> Labels.href(s.getURI())).orElse("")));
            });
            evidence.sort(Comparator.comparing(Dated::date));
            String start = first(g, h, NodeFactory.createURI(SKG + "startDate")).map(Node::getLiteralLexicalForm).orElse("");
            String end = first(g, h, NodeFactory.createURI(SKG + "endDate")).map(Node::getLiteralLexicalForm).orElse("");
            String period = start.isEmpty() && end.isEmpty() ? "" : (start.isEmpty() ? "…" : start) + " to " + (end.isEmpty() ? "…" : end);
            out.add(new Holding(labels.of(o.get()), Labels.href(o.get().getURI()), Labels.href(h.getURI()), period, evidence));
        }
        out.sort(Comparator.comparing(Holding::text));
        return out;
    }

    private Claim claim(Node c, Binding r, Labels labels) {
        Graph g = labels.graph();
        String statement = labels.claim(c);
        List<String> quotes = new ArrayList<>();
        g.find(c, NodeFactory.createURI(SKG + "quote"), Node.ANY).forEachRemaining(t -> quotes.add(t.getObject().getLiteralLexicalForm()));
        Node claimant = r.get("claimant");
        String relation = switch (text(r, "relation")) {
            case "about" -> "about it";
            case "scope" -> "about a figure in it";
            case "occasion" -> "made at it";
            default -> "";
        };
        return new Claim(statement, href(c), claimant == null ? "" : labels.of(claimant), href(claimant), text(r, "stated"), quotes,
                labels.of(r.get("source")), href(r.get("source")), relation, links(text(r, "disputes"), labels), links(text(r, "disputedBy"), labels));
    }

    private static List<Fact> group(Map<String, List<Evidence>> byProperty) {
        List<Fact> out = new ArrayList<>();
        byProperty.forEach((p, vs) -> out.add(new Fact(p, vs)));
        return out;
    }

    private List<Binding> rows(String query, Map<String, String> params) {
        Optional<CannedQuery> q = catalog.get(query);
        if (q.isEmpty()) return List.of();
        RowSetRewindable rs = runner.select(q.get(), params, Optional.empty());
        List<Binding> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    private static Optional<Node> first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static List<DescriptionPage.Value> links(String spaceSeparated, Labels labels) {
        List<DescriptionPage.Value> out = new ArrayList<>();
        for (String u : spaceSeparated.split(" ")) if (!u.isBlank()) out.add(new DescriptionPage.Value(labels.of(u), Labels.href(u), ""));
        return out;
    }

    private static String href(Node n) { return n != null && n.isURI() ? Labels.href(n.getURI()) : ""; }

    private static String lang(String l) { return l.isEmpty() || l.equals("en") ? "" : l; }

    private static String text(Binding r, String var) {
        Node n = r.get(var);
        if (n == null) return "";
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
