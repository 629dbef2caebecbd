package org.scamkg.load;

import org.scamkg.common.DisplayPath;

import org.scamkg.common.NameNormaliser;
import org.scamkg.common.OriginIndex;
import org.scamkg.common.Problem;
import org.scamkg.common.Problems;
import org.scamkg.validate.GraphCheck;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.vocab.Ids;

/**
 * One source file after the second pass: its graph when it mapped, and its problems by kind
 * (reading and mapping, assertions, shapes), kept apart so the load can report them in order.
 */
record MappedFile(String slug, Optional<Graph> graph, List<Problem> problems, List<Problem> assertionProblems, List<Problem> shapeProblems) {

    /**
     * The graphs' triples with the types of every node they mention, from wherever those are
     * defined: all the shapes need of the world beyond them (class checks), in a graph small
     * enough to validate whole.
     */
    static Graph withNeighbourTypes(List<Graph> graphs, List<Graph> typeSources) {
        Graph out = GraphFactory.createGraphMem();
        Set<Node> seen = new HashSet<>();
        for (Graph g : graphs)
            g.find().forEachRemaining(t -> {
                out.add(t);
                for (Node n : List.of(t.getSubject(), t.getObject()))
                    if (n.isURI() && seen.add(n))
                        for (Graph source : typeSources) source.find(n, RDF.type.asNode(), Node.ANY).forEachRemaining(out::add);
            });
        return out;
    }

    /** Maps and checks one file; safe to call from several threads (everything it shares is read-only). */
    static final class Mapper {
        private final DataLayout layout;
        private final Definitions definitions;
        private final Vocabulary vocabulary;
        private final NameNormaliser names;
        private final Graph ontology;
        private final List<Graph> typeSources;
        private final GraphCheck check;

        /**
         * @param ontology    the ontology and vocabularies (class hierarchy, controlled terms)
         * @param typeSources where the types of nodes defined elsewhere are (the registry, the first pass's types)
         */
        Mapper(DataLayout layout, Definitions definitions, Vocabulary vocabulary, NameNormaliser names, Graph ontology,
               List<Graph> typeSources, GraphCheck check) {
            this.layout = layout;
            this.definitions = definitions;
            this.vocabulary = vocabulary;
            this.names = names;
            this.ontology = ontology;
            this.typeSources = typeSources;
            this.check = check;
        }

        MappedFile map(Path path) {
            String display = DisplayPath.of(path);
            Problems problems = new Problems();
            Problems assertionProblems = new Problems();
            Optional<RecordNode> root = new YamlRecordReader().read(path, display, problems);
            if (root.isEmpty()) return new MappedFile(null, Optional.empty(), problems.sorted(), List.of(), List.of());
            OriginIndex origins = new OriginIndex();
            MappingContext ctx = new MappingContext(display, problems, origins, definitions, vocabulary, names);
            Optional<SourceFileMapper.Mapped> m = new SourceFileMapper(layout.textsDir()).map(root.get(), path, ctx);
            if (m.isEmpty()) return new MappedFile(null, Optional.empty(), problems.sorted(), List.of(), List.of());
            Graph g = ctx.model().getGraph();
            Graph data = CuratedDataLoader.union(ontology, withNeighbourTypes(List.of(g), typeSources));
            m.get().assertions().ifPresent(a -> a.check(g, data, assertionProblems));
            List<Problem> shapes = check.check(data, ownNodes(g, display), origins);
            SourceCounts.add(g, data, NodeFactory.createURI(Ids.iri(Ids.Kind.SOURCE, m.get().slug())));
            return new MappedFile(m.get().slug(), Optional.of(g), problems.sorted(), assertionProblems.sorted(), shapes);
        }

        /**
         * The nodes a source file is answerable for: all its subjects but the entities the registry
         * or another file defines (a source adds names as written to those; their owner's check
         * covers them, with their full description).
         */
        private Set<Node> ownNodes(Graph g, String file) {
            Set<Node> out = new HashSet<>();
            g.find().forEachRemaining(t -> {
                Node s = t.getSubject();
                if (!s.isURI() || out.contains(s)) return;
                Optional<Definitions.Site> site = s.getURI().startsWith(Ids.ID)
                        ? definitions.site(s.getURI().substring(Ids.ID.length())) : Optional.empty();
                boolean foreign = site.isPresent() && (site.get().section().equals("registry")
                        || site.get().section().equals("entities") && !site.get().origin().file().equals(file));
                if (!foreign) out.add(s);
            });
            return out;
        }
    }
}
