package org.scamkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.scamkg.store.DerivedGraph;
import org.scamkg.store.KgStore;

/**
 * How long the load's derived-graph step takes on a loaded store: {@link DerivedGraph#compute}
 * over the store's other graphs, in a read transaction (the load runs it inside its write
 * transaction), a warm-up and then the median of the measured runs, with the graph's size. Before
 * and after a change to the derived graph, run it on the same store with each version's classes.
 *
 * <pre>
 * java -cp "$(bin/test-classpath)" org.scamkg.bench.DerivedGraphTime STORE RUNS
 * </pre>
 */
public final class DerivedGraphTime {
    private DerivedGraphTime() {}

    public static void main(String[] args) {
        if (args.length != 2 || args[0].equals("--help")) {
            System.out.println("usage: DerivedGraphTime STORE RUNS  (median time of DerivedGraph.compute on a loaded store, after one warm-up)");
            return;
        }
        int runs = Integer.parseInt(args[1]);
        try (KgStore kg = KgStore.open(Path.of("fuseki-config"), Path.of(args[0]))) {
            List<Double> times = new ArrayList<>();
            long size = 0;
            for (int i = 0; i < runs + 1; i++) {
                long t0 = System.nanoTime();
                // over the store itself, as the load does (its old derived graph is ignored); a view
                // without it (DerivedGraph.without) would read the union graph by asking every graph
                Graph g = kg.dataset().calculateRead(() -> DerivedGraph.compute(kg.dataset().asDatasetGraph()));
                double ms = (System.nanoTime() - t0) / 1e6;
                size = g.size();
                if (i > 0) times.add(ms);
            }
            System.out.printf("DerivedGraph.compute  median %9.1f ms  min %9.1f ms  triples %,d%n", Stats.percentile(times, 50),
                    times.stream().mapToDouble(d -> d).min().orElse(0), size);
        }
    }
}
