package org.scamkg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

/**
 * RDF4J as the independent second implementation: it parses what Jena wrote, and this class
 * turns Jena's own terms into RDF4J statements term by term (no serializer in between), so an
 * isomorphism check compares the file with the store itself.
 */
public final class Rdf4j {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private Rdf4j() {}

    public static Model parse(byte[] bytes, RDFFormat format) {
        try {
            return Rio.parse(new ByteArrayInputStream(bytes), "", format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Model fromQuads(Iterable<Quad> quads) {
        Model m = new LinkedHashModel();
        for (Quad q : quads) {
            Resource g = Quad.isDefaultGraph(q.getGraph()) ? null : (Resource) value(q.getGraph());
            if (g == null) m.add((Resource) value(q.getSubject()), VF.createIRI(q.getPredicate().getURI()), value(q.getObject()));
            else m.add((Resource) value(q.getSubject()), VF.createIRI(q.getPredicate().getURI()), value(q.getObject()), g);
        }
        return m;
    }

    public static Model fromTriples(Iterable<Triple> triples) {
        Model m = new LinkedHashModel();
        for (Triple t : triples) m.add((Resource) value(t.getSubject()), VF.createIRI(t.getPredicate().getURI()), value(t.getObject()));
        return m;
    }

    static Value value(Node n) {
        if (n.isURI()) return VF.createIRI(n.getURI());
        if (n.isBlank()) return VF.createBNode(n.getBlankNodeLabel());
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return VF.createLiteral(n.getLiteralLexicalForm(), lang);
        return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
    }
}
