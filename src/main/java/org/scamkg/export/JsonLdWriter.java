package org.scamkg.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes RDF as JSON-LD compacted with the scamkg context, so keys read as words
 * ({@code "claimant": "id:person/sar-kheng"}). Jena writes the expanded form; Titanium (Jena's
 * JSON-LD engine) compacts it against the context, which is embedded in the output.
 */
public final class JsonLdWriter {
    private JsonLdWriter() {}

    public static void write(DatasetGraph data, JsonObject context, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, data, RDFFormat.JSONLD11_PLAIN);
        JsonObject compacted;
        try {
            compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())), JsonDocument.of(context)).get();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
        // The context first, so a reader sees the keys' meaning before the data.
        JsonObjectBuilder ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) ordered.add("@context", compacted.get("@context"));
        compacted.forEach((k, v) -> {
            if (!k.equals("@context")) ordered.add(k, v);
        });
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.writeObject(ordered.build());
        }
    }
}
