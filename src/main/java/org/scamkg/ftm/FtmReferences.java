package org.scamkg.ftm;

import org.scamkg.vocab.FTM;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.common.Problem;
import org.scamkg.vocab.SKG;

/**
 * The entity references of an import that point at no entity of its file. A reference is kept
 * as the referenced entity's IRI, so one that resolves nowhere would leave an edge to nothing in
 * the graph (a directorship of no company). Checked in the store once every line is written,
 * since a reference may point forward; memory does not grow with the file: the store's indexes
 * do the work, and the file is read a second time only to say on which lines the bad ones are.
 */
final class FtmReferences {
    /** A reference from the entity with id {@code from}, under {@code property}, to the missing id {@code to}. */
    record Dangling(String from, String property, String to) {}

    private FtmReferences() {}

    /** Up to {@code max} references in {@code graph} to entities that have no line there. */
    static List<Dangling> dangling(DatasetGraph dsg, Node graph, int max) {
        List<Dangling> out = new ArrayList<>();
        for (Node p : entityProperties()) {
            Iterator<Quad> it = dsg.find(graph, Node.ANY, p, Node.ANY);
            while (it.hasNext() && out.size() < max) {
                Quad q = it.next();
                if (!q.getObject().isURI() || dsg.contains(graph, q.getObject(), RDF.type.asNode(), Node.ANY)) continue;
                String from = dsg.find(graph, q.getSubject(), SKG.ftmId.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
                out.add(new Dangling(from, FTM.propertyName(p.getURI()).orElseThrow(), FTM.idOf(q.getObject().getURI()).orElseThrow()));
            }
        }
        return out;
    }

    /** Each dangling reference as a problem on the line of the entity that makes it. */
    static List<Problem> locate(Path file, String display, List<Dangling> dangling) {
        Set<String> from = new HashSet<>();
        dangling.forEach(d -> from.add(d.from()));
        List<Problem> out = new ArrayList<>();
        FtmLineParser parser = new FtmLineParser();
        try (JsonLineReader reader = new JsonLineReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (JsonLineReader.Line line; (line = reader.next()) != null && !from.isEmpty(); ) {
                if (line.text() == null || line.text().isBlank()) continue;
                String id = parser.parse(line.text()).id();
                if (!from.remove(id)) continue;
                for (Dangling d : dangling)
                    if (d.from().equals(id))
                        out.add(new Problem(display, (int) line.number(), "-", "properties." + d.property() + ": '" + d.to() + "' is not the id of an entity in this file"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FtmLineParser.BadLine e) {
            throw new IllegalStateException("a line that was imported no longer parses: " + e.getMessage(), e);
        }
        return out;
    }

    /** Every FollowTheMoney property whose values are entity references, as the predicates the import writes. */
    private static Set<Node> entityProperties() {
        Set<Node> out = new LinkedHashSet<>();
        FtmSchemata schemata = FtmSchemata.get();
        for (String name : schemata.names())
            for (FtmSchemata.Property p : schemata.schema(name).orElseThrow().properties().values())
                if (p.isEntity()) out.add(FTM.property(p.definedBy(), p.name()).asNode());
        return out;
    }
}
