package org.scamkg.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A FollowTheMoney JSON-lines file, written one entity per line as the units are made: an
 * {@code id}, a {@code schema} and {@code properties} whose values are lists of strings, in
 * the order given (so the bytes depend only on the calls). Jackson does the escaping.
 */
final class FtmLines implements Closeable {
    private final JsonFactory json = new JsonFactory();
    private final BufferedWriter out;
    private long lines;

    FtmLines(Path file) {
        try {
            Files.createDirectories(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entity: properties given as name, value, name, value… (a name may repeat for a second value). */
    void entity(String id, String schema, String... nameValues) {
        if (nameValues.length % 2 != 0) throw new IllegalArgumentException("properties come in name, value pairs");
        StringWriter line = new StringWriter();
        try (JsonGenerator g = json.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("schema", schema);
            g.writeObjectFieldStart("properties");
            List<String> done = new ArrayList<>();
            for (int i = 0; i < nameValues.length; i += 2) {
                String name = nameValues[i];
                if (done.contains(name)) continue;
                done.add(name);
                g.writeArrayFieldStart(name);
                for (int j = i; j < nameValues.length; j += 2)
                    if (nameValues[j].equals(name)) g.writeString(nameValues[j + 1]);
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            out.write(line.toString());
            out.write('\n');
            lines++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long lines() { return lines; }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
