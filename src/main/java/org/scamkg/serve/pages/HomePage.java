package org.scamkg.serve.pages;

import org.scamkg.site.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryRunner;
import org.scamkg.site.Counted;
import org.scamkg.store.ReadTransactions;
import org.scamkg.store.StoreStatistics;
import org.scamkg.vocab.Kinds;

/**
 * The home page: what the graph is, what it holds, a name search, the red flags the pattern
 * questions find, every question, the downloads, and the query editor. Nothing on it writes.
 */
final class HomePage {
    /** The pattern questions shown as red flags, with the columns a reader needs first. */
    static final Map<String, List<String>> RED_FLAGS = new LinkedHashMap<>();

    static {
        RED_FLAGS.put("raided-then-licensed", List.of("firm", "raidDate", "licenceDate", "daysBetween", "sources"));
        RED_FLAGS.put("raided-site-firms", List.of("firm", "raidDate", "site", "licences", "sources"));
        RED_FLAGS.put("contested-figures", List.of("claimant", "figure", "otherClaimant", "otherFigure", "relation"));
    }

    /** A card: the number, and what it counts in the number it needs ("1 licence", "12 persons"). */
    record Count(String kind, String n) {}

    /** A red flag; {@code late} when its question ran past the time limit (the page still shows, saying so). */
    record Flag(String name, String summary, String description, String total, ResultTable table, boolean late) {}

    record Question(String name, String summary) {}

    private HomePage() {}

    static String render(QueryCatalog catalog, Dataset ds, long timeoutMillis) {
        Map<String, Object> m = Site.page("Who is who in Cambodia's scam economy");
        StoreStatistics.Stats st = StoreStatistics.of(ds);
        List<Count> counts = new ArrayList<>();
        for (Kinds.KindCollection c : st.collections()) {
            long n = st.entitiesByKind().getOrDefault(c.name(), 0L);
            counts.add(new Count(Counted.noun(n, c.singular(), c.name()), Counted.number(n)));
        }
        m.put("counts", counts);
        m.put("statements", Counted.of(st.quads(), "statement", "statements"));
        QueryRunner runner = new QueryRunner(ds, timeoutMillis);
        List<Flag> flags = new ArrayList<>();
        for (var e : RED_FLAGS.entrySet()) {
            Optional<CannedQuery> q = catalog.get(e.getKey());
            if (q.isEmpty()) continue;
            RowSetRewindable rows;
            try {
                rows = runner.select(q.get(), Map.of(), Optional.empty());
            } catch (QueryCancelledException late) {
                // a whole-graph question on a large store or a slow engine: the rest of the page still answers
                flags.add(new Flag(q.get().name(), q.get().header().summary(), q.get().header().description(), "", null, true));
                continue;
            }
            ResultTable t = ReadTransactions.calculate(ds, () -> ResultTable.of(rows, new Labels(ds.asDatasetGraph()), e.getValue(), 5));
            flags.add(new Flag(q.get().name(), q.get().header().summary(), q.get().header().description(), Counted.number(rows.size()), t, false));
        }
        m.put("flags", flags);
        List<Question> questions = new ArrayList<>();
        for (CannedQuery q : catalog.all())
            if (!q.name().startsWith("quality-")) questions.add(new Question(q.name(), q.header().summary()));
        m.put("questions", questions);
        m.put("downloads", Downloads.LINKS);
        return Templates.render("home", m);
    }
}
