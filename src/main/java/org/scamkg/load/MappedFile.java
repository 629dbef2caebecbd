package org.scamkg.load;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.scamkg.vocab.Ids;

/**
 * One source file after the second pass: its graph when it mapped, and its problems by kind
 * (reading and mapping, assertions, shapes), kept apart so the load can report them in order.
 */
record MappedFile(String slug, Optional<Graph> graph, List<Problem> problems, List<Problem> assertionProblems, List<Problem> shapeProblems) {

    /** Maps and checks one file; safe to call from several threads (everything it shares is read-only). */
    static final class Mapper {
        private final DataLayout layout;
        private final Definitions definitions;
        private final Vocabulary vocabulary;
        private final NameNormaliser names;
        private final Graph context;
        private final GraphCheck check;

        Mapper(DataLayout layout, Definitions definitions, Vocabulary vocabulary, NameNormaliser names, Graph context, GraphCheck check) {
            this.layout = layout;
            this.definitions = definitions;
            this.vocabulary = vocabulary;
            this.names = names;
            this.context = context;
            this.check = check;
        }

        MappedFile map(Path path) {
            String display = DataLayout.display(path);
            Problems problems = new Problems();
            Problems assertionProblems = new Problems();
            Optional<RecordNode> root = new YamlRecordReader().read(path, display, problems);
            if (root.isEmpty()) return new MappedFile(null, Optional.empty(), problems.sorted(), List.of(), List.of());
            OriginIndex origins = new OriginIndex();
            MappingContext ctx = new MappingContext(display, problems, origins, definitions, vocabulary, names);
            Optional<SourceFileMapper.Mapped> m = new SourceFileMapper(layout.textsDir()).map(root.get(), path, ctx);
            if (m.isEmpty()) return new MappedFile(null, Optional.empty(), problems.sorted(), List.of(), List.of());
            Graph g = ctx.model().getGraph();
            Graph data = CuratedDataLoader.union(context, g);
            m.get().assertions().ifPresent(a -> a.check(g, data, assertionProblems));
            List<Problem> shapes = check.check(data, ownNodes(g, display), origins);
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
