package org.scamkg.common;


import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Reads Turtle files of the ontology (and the shapes) with errors reported like record
 * errors, {@code file:line: -: reason}.
 */
public final class OntologyReader {
    private OntologyReader() {}

    public static Model read(Path file, Problems problems) {
        Model m = ModelFactory.createDefaultModel();
        String display = DisplayPath.of(file);
        if (!Files.isRegularFile(file)) {
            problems.add(display, 0, "-", "file is missing");
            return m;
        }
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(new Collecting(display, problems)).parse(m);
        } catch (RiotException e) {
            if (problems.isEmpty()) problems.add(display, 0, "-", e.getMessage());
        }
        return m;
    }

    /** Turns parser errors into located problems; warnings are errors too, since the files are ours. */
    private record Collecting(String file, Problems problems) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) { problems.add(file, (int) line, "-", message); }
        @Override public void error(String message, long line, long col) { problems.add(file, (int) line, "-", message); }
        @Override public void fatal(String message, long line, long col) {
            problems.add(file, (int) line, "-", message);
            throw new RiotException(message);
        }
    }
}
