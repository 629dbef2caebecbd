package org.scamkg.export;

import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.Kinds;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.scamkg.store.KgEngine;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * One CSV table per collection of the ontology's kinds (persons, organisations, posts, holdings,
 * places, sites, licences, events, claims, sources) for spreadsheets, and a table of every relation
 * between two of them with the source that states it. Each table is defined by a SPARQL query
 * shipped with the code ({@code export/csv/<table>.rq}): one row per entity, several values
 * joined with " | " or spaces. Cells a spreadsheet would read as a formula start with an
 * apostrophe ({@link SafeCsv}).
 */
public final class CsvExport {
    /** The tables: one per collection of the ontology's kinds (persons, organisations…), in their order, then the relations between them. */
    public static List<String> tables(Dataset store) {
        List<String> out = new java.util.ArrayList<>(ReadTransactions.calculate(store, () -> Kinds.of(store).collections().stream().map(Kinds.KindCollection::name).toList()));
        out.add("relations");
        return out;
    }

    private CsvExport() {}

    /** Writes every table into {@code dir}; answers rows per table. */
    public static Map<String, Long> write(Dataset store, Path dir) {
        SafeCsv.install(); // cells that a spreadsheet would run as formulas are neutralised
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        ReadTransactions.execute(store, () -> {
            for (String table : tables(store)) {
                try {
                    RowSetRewindable result = KgEngine.of(store).select(query(table), java.util.Optional.empty(), 0);
                    AtomicFiles.write(dir.resolve(table + ".csv"), out -> {
                        ResultSetFormatter.outputAsCSV(out, ResultSet.adapt(result));
                        return null;
                    });
                    rows.put(table, result.size());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return rows;
    }

    static Query query(String table) {
        try (InputStream in = CsvExport.class.getResourceAsStream("csv/" + table + ".rq")) {
            if (in == null) throw new IllegalStateException("missing table query " + table);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
