package org.scamkg.load;

import org.scamkg.common.CsvRows;

import org.scamkg.common.Problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scamkg.vocab.Ids;

/**
 * Reads the CSV registries of shared entities ({@code data/registry/*.csv}) through
 * {@link CsvRows}, strictly: the header must hold exactly the registry's columns, every row its
 * slug, and each row keeps its line number for error reports.
 */
final class RegistryReader {
    /** The registries, their entity kind and columns: declared in record-format.yaml. */
    record Registry(String fileName, Ids.Kind kind, List<String> columns) {}

    static final List<Registry> REGISTRIES = RecordFormat.get().registries().stream()
            .map(r -> new Registry(r.fileName(), r.kind(), r.columns().stream().filter(c -> !c.equals("slug")).toList())).toList();

    /**
     * One data row: its cells by column, its line, and the registry it belongs to. A row whose
     * cell count is wrong is reported and kept incomplete (its slug only), so references to it
     * do not add a second, misleading error.
     */
    record Row(Registry registry, String file, int line, Map<String, String> cells, boolean complete) {}

    static Optional<Registry> registryFor(String fileName) {
        return REGISTRIES.stream().filter(r -> r.fileName().equals(fileName)).findFirst();
    }

    /** A registry file's rows, and whether the file could be read to its end. */
    record Read(List<Row> rows, boolean whole) {}

    Read read(Path path, String display, Registry registry, Problems problems) {
        List<Row> rows = new ArrayList<>();
        CsvRows.Rows csv = CsvRows.read(path, display, problems);
        if (csv.rows().isEmpty()) {
            if (csv.whole()) problems.add(display, 1, "-", "the file is empty; it needs at least the header line");
            return new Read(rows, csv.whole());
        }
        List<String> header = Arrays.stream(csv.rows().get(0).cells()).map(String::strip).toList();
        checkHeader(header, registry, display, problems); // reported; rows are still read so references resolve
        for (CsvRows.Row r : csv.rows().subList(1, csv.rows().size())) {
            String[] cells = r.cells();
            int line = r.line();
            if (r.blank()) continue;
            if (cells.length != header.size()) {
                problems.add(display, line, "-", "has " + cells.length + " cells; the header has " + header.size());
                int slugAt = header.indexOf("slug");
                if (slugAt >= 0 && slugAt < cells.length) rows.add(new Row(registry, display, line, Map.of("slug", cells[slugAt].strip()), false));
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++)
                if (expectedColumns(registry).contains(header.get(i))) m.put(header.get(i), cells[i].strip());
            rows.add(new Row(registry, display, line, m, true));
        }
        return new Read(rows, csv.whole());
    }

    private static List<String> expectedColumns(Registry registry) {
        List<String> expected = new ArrayList<>();
        expected.add("slug");
        expected.addAll(registry.columns());
        return expected;
    }

    private static void checkHeader(List<String> header, Registry registry, String display, Problems problems) {
        List<String> expected = expectedColumns(registry);
        Set<String> seen = new HashSet<>();
        for (String h : header) {
            if (!expected.contains(h)) problems.add(display, 1, h, "unknown column; the columns are " + String.join(",", expected));
            else if (!seen.add(h)) problems.add(display, 1, h, "column appears twice");
        }
        for (String e : expected)
            if (!seen.contains(e)) problems.add(display, 1, e, "missing column; the columns are " + String.join(",", expected));
    }
}
