package org.scamkg.load;

import org.scamkg.common.DataLinks;
import org.scamkg.common.DisplayPath;

import org.scamkg.common.Origin;

import org.scamkg.common.OriginIndex;

import org.scamkg.common.NameNormaliser;
import org.scamkg.common.OntologyReader;
import org.scamkg.common.Problems;
import org.scamkg.validate.GraphCheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scamkg.vocab.Ids;

/**
 * Reads every curated record (registry CSVs, link CSVs and source YAML files) and the ontology,
 * maps each to its named graph, checks it, and hands it to a sink, one graph at a time, so a
 * load of any size needs memory for one source file plus the registry, not for the whole graph.
 *
 * <p>Two passes over the source files. The first notes every identifier each defines, with its
 * types, so the second can resolve references whatever the file order and check them by class.
 * The second maps a file, checks its assertions and its own nodes against the shapes (with the
 * ontology and the types of the nodes it mentions, from the registry or wherever they are defined,
 * as context), and sends it to the sink;
 * worker threads map and check while the caller's thread sends, in file order.
 * The registry and links are checked last, with the same context. Every problem anywhere is
 * collected; at the end the load throws them all (reading and mapping problems first, as they
 * make later checks meaningless), and the sink's graphs must then be discarded.
 */
public final class CuratedDataLoader {
    /** What a load sent to its sink. */
    public record Summary(List<String> graphs, long triples) {}

    private static final long PROGRESS_MILLIS = 3000;
    /** Mapping and checking run beside the writer; more workers than cores would only queue. */
    private static final int WORKERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final DataLayout layout;

    public CuratedDataLoader(DataLayout layout) { this.layout = layout; }

    /** Reads, maps and checks everything, sending each graph to {@code sink}; throws {@link LoadException} listing every problem. */
    public Summary load(GraphCheck check, GraphSink sink, PrintWriter progress) {
        Problems problems = new Problems();
        Problems assertionProblems = new Problems();
        Problems shapeProblems = new Problems();
        Model ontology = ModelFactory.createDefaultModel();
        for (Path f : layout.ontologyFiles()) ontology.add(OntologyReader.read(f, problems));
        if (!Files.isDirectory(layout.dataDir())) {
            problems.add(DisplayPath.of(layout.dataDir()), 0, "-", "data directory does not exist");
            problems.throwIfAny();
        }
        DataLinks.refuseOutside(layout.dataDir());
        Vocabulary vocabulary = new Vocabulary(ontology);
        NameNormaliser names = NameNormaliser.of(layout.dataDir());
        // A file that cannot be read at all (not UTF-8, broken syntax) defines nothing, so every
        // reference to what it defines would fail too: such files are reported alone, and first.
        Problems unreadable = new Problems();
        List<RegistryReader.Row> rows = readRegistries(problems, unreadable);
        List<Path> sourceFiles = sourceFiles(problems);

        // pass 1: what every file defines, and the types of those definitions
        Definitions definitions = new Definitions();
        Graph types = GraphFactory.createGraphMem();
        defineRegistry(rows, definitions, problems);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "scamkg-load-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            // parsing in the workers, collecting here in file order (definitions are not shared-safe)
            inOrder(pool, sourceFiles, p -> {
                Problems read = new Problems();
                return Map.entry(new YamlRecordReader().read(p, DisplayPath.of(p), read), read);
            }, (p, r) -> {
                r.getKey().ifPresent(root -> DefinitionCollector.collect(root, DisplayPath.of(p), definitions, problems, types, vocabulary.kinds()));
                if (r.getKey().isEmpty()) r.getValue().sorted().forEach(unreadable::add);
            });
            unreadable.throwIfAny();
        } catch (RuntimeException | Error e) {
            pool.shutdownNow();
            throw e;
        }

        List<String> graphs = new ArrayList<>();
        long[] triples = {0};
        GraphSink counting = (iri, g) -> {
            graphs.add(iri);
            triples[0] += g.size();
            sink.accept(iri, g);
        };
        counting.accept(Ids.ONTOLOGY_GRAPH, ontology.getGraph());

        OriginIndex sharedOrigins = new OriginIndex();
        MappingContext registryCtx = new MappingContext("data/registry", problems, sharedOrigins, definitions, vocabulary, names);
        RegistryMapper registry = new RegistryMapper(registryCtx);
        rows.stream().filter(RegistryReader.Row::complete).forEach(registry::map);
        Graph registryGraph = registryCtx.model().getGraph();
        List<Path> linkFiles = listFiles(layout.dataDir().resolve("links"), problems).stream()
                .filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
        Graph linkGraph = GraphFactory.createGraphMem();
        if (!linkFiles.isEmpty()) {
            MappingContext linkCtx = new MappingContext("data/links", problems, sharedOrigins, definitions, vocabulary, names);
            LinkMapper links = new LinkMapper(linkCtx);
            linkFiles.forEach(links::map);
            linkGraph = linkCtx.model().getGraph();
        }
        SourceCounts.add(registryGraph, registryGraph, NodeFactory.createURI(Ids.REGISTRY_SOURCE));
        if (!linkFiles.isEmpty())
            SourceCounts.add(linkGraph, union(registryGraph, types, linkGraph), NodeFactory.createURI(LinkMapper.SOURCE));
        // sent now, in the order earlier loads wrote them; checked at the end, with everything known
        counting.accept(Ids.REGISTRY_GRAPH, registryGraph);
        if (!linkFiles.isEmpty()) counting.accept(LinkMapper.GRAPH, linkGraph);

        // pass 2: each source file mapped and checked on its own, by worker threads, and sent to
        // the sink in file order on this thread (a store's write transaction belongs to it)
        MappedFile.Mapper worker = new MappedFile.Mapper(layout, definitions, vocabulary, names, ontology.getGraph(), List.of(registryGraph, types), check);
        long[] lastReport = {System.currentTimeMillis()};
        int[] done = {0};
        try {
            inOrder(pool, sourceFiles, worker::map, (p, f) -> {
                f.problems().forEach(problems::add);
                f.assertionProblems().forEach(assertionProblems::add);
                f.shapeProblems().forEach(shapeProblems::add);
                f.graph().ifPresent(g -> counting.accept(Ids.sourceGraph(f.slug()), g));
                done[0]++;
                if (System.currentTimeMillis() - lastReport[0] > PROGRESS_MILLIS) {
                    progress.printf("… %,d of %,d source files, %,d triples%n", done[0], sourceFiles.size(), triples[0]);
                    progress.flush();
                    lastReport[0] = System.currentTimeMillis();
                }
            });
        } finally {
            pool.shutdownNow();
        }

        // the registry and links last: their nodes are checked with everything defined known
        Set<Node> shared = new HashSet<>();
        registryGraph.find().forEachRemaining(t -> shared.add(t.getSubject()));
        linkGraph.find().forEachRemaining(t -> shared.add(t.getSubject()));
        Graph sharedData = union(ontology.getGraph(), MappedFile.withNeighbourTypes(List.of(registryGraph, linkGraph), List.of(types)));
        check.check(sharedData, shared, sharedOrigins).forEach(shapeProblems::add);

        problems.throwIfAny();
        assertionProblems.throwIfAny();
        shapeProblems.throwIfAny();
        return new Summary(graphs, triples[0]);
    }

    /**
     * Runs {@code work} on each file in the pool, a few files ahead, and hands the results to
     * {@code then} on this thread in file order: memory holds a handful of files, not all.
     */
    private static <T> void inOrder(ExecutorService pool, List<Path> files, Function<Path, T> work, BiConsumer<Path, T> then) {
        Deque<Future<T>> window = new ArrayDeque<>();
        int next = 0;
        for (Path file : files) {
            while (next < files.size() && window.size() < 2 * WORKERS) {
                Path p = files.get(next++);
                window.add(pool.submit(() -> work.apply(p)));
            }
            then.accept(file, take(window.poll()));
        }
    }

    private static <T> T take(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    static Graph union(Graph... graphs) {
        MultiUnion u = new MultiUnion(graphs);
        u.setBaseGraph(graphs[0]);
        return u;
    }

    private List<RegistryReader.Row> readRegistries(Problems problems, Problems unreadable) {
        List<RegistryReader.Row> rows = new ArrayList<>();
        RegistryReader reader = new RegistryReader();
        for (Path p : listFiles(layout.registryDir(), problems)) {
            String display = DisplayPath.of(p);
            Optional<RegistryReader.Registry> registry = RegistryReader.registryFor(p.getFileName().toString());
            if (registry.isEmpty()) {
                problems.add(display, 0, "-", "not a known registry; expected one of "
                        + RegistryReader.REGISTRIES.stream().map(RegistryReader.Registry::fileName).toList());
                continue;
            }
            Problems found = new Problems();
            RegistryReader.Read read = reader.read(p, display, registry.get(), found);
            found.sorted().forEach(read.whole() ? problems::add : unreadable::add);
            rows.addAll(read.rows());
        }
        return rows;
    }

    private List<Path> sourceFiles(Problems problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : listFiles(layout.sourcesDir(), problems)) {
            if (p.getFileName().toString().endsWith(".yml")) out.add(p);
            else problems.add(DisplayPath.of(p), 0, "-", "not a source record file; source files are named <slug>.yml");
        }
        return out;
    }

    private static void defineRegistry(List<RegistryReader.Row> rows, Definitions definitions, Problems problems) {
        for (RegistryReader.Row row : rows) {
            String slug = row.cells().getOrDefault("slug", "");
            if (!Ids.isSlug(slug)) continue; // reported when the row is mapped
            String ref = row.registry().kind().segment() + "/" + slug;
            Origin origin = new Origin(row.file(), row.line(), "slug");
            definitions.define(ref, origin, "registry", false).ifPresent(earlier ->
                    problems.add(origin.problem("'" + ref + "' is already defined at " + earlier.origin().file() + ":" + earlier.origin().line())));
        }
    }

    private static List<Path> listFiles(Path dir, Problems problems) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(DisplayPath.of(dir), 0, "-", "cannot list directory: " + e.getMessage());
            return List.of();
        }
    }
}
