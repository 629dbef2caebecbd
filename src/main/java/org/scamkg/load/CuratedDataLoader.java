package org.scamkg.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.scamkg.vocab.Ids;

/**
 * Reads every curated record (registry CSVs and source YAML files) and the ontology, and maps
 * them to RDF in memory: one named graph per source, one for the registry, one for the
 * ontology. Two passes: the first collects every defined identifier, the second maps, so
 * references resolve whatever the file order. Any problem anywhere rejects the whole load.
 */
public final class CuratedDataLoader {
    private final DataLayout layout;

    public CuratedDataLoader(DataLayout layout) { this.layout = layout; }

    /** Reads and maps everything; throws {@link LoadException} listing every problem found. */
    public LoadedData load() {
        Problems problems = new Problems();
        Model ontology = ModelFactory.createDefaultModel();
        for (Path f : layout.ontologyFiles()) ontology.add(OntologyReader.read(f, problems));
        if (!Files.isDirectory(layout.dataDir())) {
            problems.add(DataLayout.display(layout.dataDir()), 0, "-", "data directory does not exist");
            problems.throwIfAny();
        }
        Vocabulary vocabulary = new Vocabulary(ontology);
        NameNormaliser names = NameNormaliser.of(layout.dataDir());
        List<RegistryReader.Row> rows = readRegistries(problems);
        Map<Path, RecordNode> sources = readSources(problems);

        Definitions definitions = new Definitions();
        defineRegistry(rows, definitions, problems);
        sources.forEach((path, root) -> DefinitionCollector.collect(root, DataLayout.display(path), definitions, problems));

        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        OriginIndex origins = new OriginIndex();
        List<String> graphs = new ArrayList<>();
        addGraph(dsg, graphs, Ids.ONTOLOGY_GRAPH, ontology.getGraph());

        MappingContext registryCtx = new MappingContext("data/registry", problems, origins, definitions, vocabulary, names);
        RegistryMapper registry = new RegistryMapper(registryCtx);
        rows.stream().filter(RegistryReader.Row::complete).forEach(registry::map);
        addGraph(dsg, graphs, Ids.REGISTRY_GRAPH, registryCtx.model().getGraph());

        List<Path> linkFiles = listFiles(layout.dataDir().resolve("links"), problems).stream()
                .filter(p -> p.getFileName().toString().endsWith(".csv")).toList();
        if (!linkFiles.isEmpty()) {
            MappingContext linkCtx = new MappingContext("data/links", problems, origins, definitions, vocabulary, names);
            LinkMapper links = new LinkMapper(linkCtx);
            linkFiles.forEach(links::map);
            addGraph(dsg, graphs, LinkMapper.GRAPH, linkCtx.model().getGraph());
        }

        Map<String, SourceAssertions> assertions = new TreeMap<>();
        SourceFileMapper mapper = new SourceFileMapper(layout.textsDir());
        sources.forEach((path, root) -> {
            MappingContext ctx = new MappingContext(DataLayout.display(path), problems, origins, definitions, vocabulary, names);
            mapper.map(root, path, ctx).ifPresent(m -> {
                String graph = Ids.sourceGraph(m.slug());
                addGraph(dsg, graphs, graph, ctx.model().getGraph());
                m.assertions().ifPresent(a -> assertions.put(graph, a));
            });
        });
        problems.throwIfAny();

        Graph all = dsg.getUnionGraph();
        assertions.forEach((graph, a) -> a.check(dsg.getGraph(NodeFactory.createURI(graph)), all, problems));
        problems.throwIfAny();
        return new LoadedData(dsg, origins, graphs);
    }

    private static void addGraph(DatasetGraph dsg, List<String> graphs, String iri, Graph g) {
        dsg.addGraph(NodeFactory.createURI(iri), g);
        graphs.add(iri);
    }

    private List<RegistryReader.Row> readRegistries(Problems problems) {
        List<RegistryReader.Row> rows = new ArrayList<>();
        RegistryReader reader = new RegistryReader();
        for (Path p : listFiles(layout.registryDir(), problems)) {
            String display = DataLayout.display(p);
            Optional<RegistryReader.Registry> registry = RegistryReader.registryFor(p.getFileName().toString());
            if (registry.isEmpty()) {
                problems.add(display, 0, "-", "not a known registry; expected one of "
                        + RegistryReader.REGISTRIES.stream().map(RegistryReader.Registry::fileName).toList());
                continue;
            }
            rows.addAll(reader.read(p, display, registry.get(), problems));
        }
        return rows;
    }

    private Map<Path, RecordNode> readSources(Problems problems) {
        Map<Path, RecordNode> out = new TreeMap<>();
        YamlRecordReader reader = new YamlRecordReader();
        for (Path p : listFiles(layout.sourcesDir(), problems)) {
            String display = DataLayout.display(p);
            if (!p.getFileName().toString().endsWith(".yml")) {
                problems.add(display, 0, "-", "not a source record file; source files are named <slug>.yml");
                continue;
            }
            reader.read(p, display, problems).ifPresent(root -> out.put(p, root));
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
            problems.add(DataLayout.display(dir), 0, "-", "cannot list directory: " + e.getMessage());
            return List.of();
        }
    }
}
