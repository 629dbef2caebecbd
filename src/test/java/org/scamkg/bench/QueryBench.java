package org.scamkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.eclipse.rdf4j.query.TupleQuery;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.sail.nativerdf.NativeStore;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.ParameterBinder;
import org.scamkg.query.ParameterSubstitution;
import org.scamkg.query.QueryCatalog;
import org.scamkg.store.KgStore;

/**
 * Each canned query's latency on our TDB2 store and, for the very same query text (parameters
 * substituted), on RDF4J's NativeStore holding the same quads. Parameters are picked from the
 * data the way a user would reach for them: the most quoted official, the firm with most
 * licences, the place with most events (see {@link #PICKS}), so each figure is a busy case.
 * Row counts of the two stores are compared too: a fast wrong answer is not a result.
 */
final class QueryBench {
    /** One query's figures: milliseconds per store, and rows. */
    record Result(String query, Map<String, String> params, List<Double> tdb2, List<Double> rdf4j, long tdb2Rows, long rdf4jRows) {}

    static final String PREFIXES = """
            PREFIX skg: <https://w3id.org/scamkg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/>
            """;

    /** How each parameter is chosen: a query whose first row's first column is the value. */
    static final Map<String, String> PICKS = new LinkedHashMap<>();

    static {
        String topClaimant = "SELECT ?x { ?c skg:claimant ?x . ?x a foaf:Person } GROUP BY ?x ORDER BY DESC(COUNT(?c)) ?x LIMIT 1";
        PICKS.put("entity", topClaimant);
        PICKS.put("official", topClaimant);
        PICKS.put("claimant", topClaimant);
        PICKS.put("from", topClaimant);
        PICKS.put("to", "SELECT ?x { ?l skg:licensee ?x } GROUP BY ?x ORDER BY DESC(COUNT(?l)) ?x LIMIT 1");
        PICKS.put("issuer", "SELECT ?x { ?l skg:issuer ?x } GROUP BY ?x ORDER BY DESC(COUNT(?l)) ?x LIMIT 1");
        PICKS.put("place", "SELECT ?x { ?e skg:place ?x } GROUP BY ?x ORDER BY DESC(COUNT(?e)) ?x LIMIT 1");
        PICKS.put("post", "SELECT ?x { ?h skg:post ?x } GROUP BY ?x ORDER BY DESC(COUNT(?h)) ?x LIMIT 1");
        PICKS.put("organisation", "SELECT ?x { ?o org:subOrganizationOf ?x } GROUP BY ?x ORDER BY DESC(COUNT(?o)) ?x LIMIT 1");
        PICKS.put("measure", "SELECT ?x { ?c skg:measure ?x } GROUP BY ?x ORDER BY DESC(COUNT(?c)) ?x LIMIT 1");
    }

    private QueryBench() {}

    static Map<String, String> params(CannedQuery q, KgStore store) {
        Map<String, String> out = new LinkedHashMap<>();
        q.header().params().forEach((name, p) -> {
            if (name.equals("date")) out.put(name, "2024-06-01");
            else if (PICKS.containsKey(name)) pick(store, PICKS.get(name)).ifPresent(v -> out.put(name, v));
        });
        // A claimant and a measure together (who-said-what): the person with most claims on a
        // measure, and the measure they state most. The busiest claimant overall states no figure
        // at all in the generated graph, so the two separate picks asked for an empty answer.
        if (out.containsKey("measure") && out.containsKey("claimant")) {
            pick(store, "SELECT ?x { ?c skg:claimant ?x ; skg:measure ?m . ?x a foaf:Person } GROUP BY ?x ORDER BY DESC(COUNT(?c)) ?x LIMIT 1")
                    .ifPresent(v -> out.put("claimant", v));
            pick(store, "SELECT ?x { ?c skg:claimant <" + out.get("claimant") + "> ; skg:measure ?x } GROUP BY ?x ORDER BY DESC(COUNT(?c)) ?x LIMIT 1")
                    .ifPresent(v -> out.put("measure", v));
        }
        return out;
    }

    private static Optional<String> pick(KgStore store, String select) {
        return store.dataset().calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset().asDatasetGraph()).query(PREFIXES + select).build()) {
                RowSet rows = qe.select();
                return rows.hasNext() ? Optional.of(rows.next().get("x").getURI()) : Optional.empty();
            }
        });
    }

    /**
     * Runs every canned query {@code warmup} times unmeasured, then up to {@code runs} times (fewer
     * when a query has used up {@code budgetMillis}), on both stores.
     */
    static List<Result> run(QueryCatalog catalog, KgStore tdb2, Optional<Path> nativeStore, int warmup, int runs, long budgetMillis, int limitSeconds) {
        SailRepository repo = nativeStore.map(p -> new SailRepository(new NativeStore(p.toFile(), "spoc,posc,cspo"))).orElse(null);
        if (repo != null) repo.init();
        List<Result> out = new ArrayList<>();
        try (RepositoryConnection conn = repo == null ? null : repo.getConnection()) {
            for (CannedQuery q : catalog.all()) {
                Map<String, String> params = params(q, tdb2);
                Query bound;
                try {
                    bound = ParameterSubstitution.apply(q.query(), ParameterBinder.bind(q, params));
                } catch (RuntimeException e) {
                    System.err.printf("  %-32s skipped: %s%n", q.name(), e.getMessage());
                    out.add(new Result(q.name(), params, List.of(), List.of(), 0, 0));
                    continue;
                }
                String text = bound.serialize();
                long[] rows = {0, conn == null ? -1 : 0};
                List<Double> jena = time(warmup, runs, budgetMillis, limitSeconds * 1000L, () -> rows[0] = tdb2.dataset().calculateRead(() -> {
                    try (QueryExec qe = QueryExec.dataset(tdb2.dataset().asDatasetGraph()).query(bound).timeout(limitSeconds, TimeUnit.SECONDS).build()) {
                        ResultSet rs = ResultSet.adapt(qe.select());
                        long n = 0;
                        while (rs.hasNext()) {
                            QuerySolution ignored = rs.next();
                            n++;
                        }
                        return n;
                    }
                }));
                List<Double> rdf4j;
                try {
                    rdf4j = conn == null ? List.of() : time(warmup, runs, budgetMillis, limitSeconds * 1000L, () -> {
                    TupleQuery tq = conn.prepareTupleQuery(text);
                    tq.setMaxExecutionTime(limitSeconds);
                    long n = 0;
                    try (TupleQueryResult r = tq.evaluate()) {
                        while (r.hasNext()) {
                            r.next();
                            n++;
                        }
                    }
                    rows[1] = n;
                    });
                } catch (RuntimeException e) {
                    // RDF4J 5.2 refuses some portable texts (an aggregate in ORDER BY): no figure, said on the console
                    System.err.printf("  %-32s RDF4J failed: %s%n", q.name(), String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                    rdf4j = List.of();
                    rows[1] = -1;
                }
                out.add(new Result(q.name(), params, jena, rdf4j, rows[0], rows[1]));
                System.err.printf("  %-32s TDB2 %s  RDF4J %s  rows %,d / %,d%n", q.name(), Stats.ms(Stats.percentile(jena, 50)),
                        Stats.ms(Stats.percentile(rdf4j, 50)), rows[0], rows[1]);
            }
        } finally {
            if (repo != null) repo.shutDown();
        }
        return out;
    }

    /**
     * Warm-up runs, then measured runs, within the budget. A run that hits the per-run time limit
     * ends the series: it is recorded as infinitely long (shown as "timed out"). Stores report
     * the limit in their own ways (Jena: QueryCancelledException; RDF4J: an evaluation error
     * about a closed iteration), so any failure after the limit counts as a time-out.
     */
    static List<Double> time(int warmup, int runs, long budgetMillis, long limitMillis, Runnable r) {
        long start = System.currentTimeMillis();
        List<Double> times = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < warmup && System.currentTimeMillis() - start < budgetMillis; i++) {
                t0 = System.nanoTime();
                r.run();
            }
            long measured = System.currentTimeMillis();
            for (int i = 0; i < runs && (times.isEmpty() || System.currentTimeMillis() - measured < budgetMillis); i++) {
                t0 = System.nanoTime();
                r.run();
                times.add((System.nanoTime() - t0) / 1e6);
            }
        } catch (RuntimeException e) {
            if ((System.nanoTime() - t0) / 1e6 < limitMillis * 0.95) throw e;
            times.add(Double.POSITIVE_INFINITY);
        }
        return times;
    }
}
