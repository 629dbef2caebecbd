package org.scamkg.common;



import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads a CSV file of the curated data (registries, links, name rules) strictly, for error
 * reports: the whole file must be UTF-8, and each row keeps the line it starts on. A file that
 * cannot be read, is not UTF-8, or breaks CSV's syntax (a quote never closed) is one problem on
 * its line, in the parser's words and never as its exception; the rows before the break are
 * still answered, but the file is not {@link Rows#whole()}.
 */
public final class CsvRows {
    /** One row: the line it starts on and its cells, as written. */
    public record Row(int line, String[] cells) {
        public boolean blank() { return cells.length == 1 && cells[0].isBlank(); }
    }

    /** The rows read, and whether the file was read to its end. */
    public record Rows(List<Row> rows, boolean whole) {}

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvRows() {}

    /** Each cell that holds a character the data may not (see {@link TextCharacters}), named by its column. */
    private static void checkCharacters(List<Row> rows, String display, Problems problems) {
        String[] header = rows.isEmpty() ? new String[0] : rows.get(0).cells();
        for (Row r : rows) {
            String[] cells = r.cells();
            for (int i = 0; i < cells.length; i++) {
                String column = i < header.length && r != rows.get(0) && !header[i].isBlank() ? header[i].strip() : "column " + (i + 1);
                TextCharacters.problem(cells[i]).ifPresent(reason -> problems.add(display, r.line(), column, reason));
            }
        }
    }

    public static Rows read(Path path, String display, Problems problems) {
        List<Row> rows = new ArrayList<>();
        String content;
        try {
            content = StrictUtf8.decode(Files.readAllBytes(path));
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            problems.add(display, e.line, "-", "not valid UTF-8 text");
            return new Rows(rows, false);
        } catch (IOException e) {
            problems.add(display, 0, "-", "cannot read file: " + e.getMessage());
            return new Rows(rows, false);
        }
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(content)) {
            while (true) {
                // The parser stands at the start of the next row: that is the row's line.
                int line = it.getCurrentLocation().getLineNr();
                if (!it.hasNextValue()) break;
                String[] cells = it.nextValue();
                // NFC: a name typed decomposed is stored, indexed and compared as the composed one
                for (int i = 0; i < cells.length; i++) cells[i] = java.text.Normalizer.normalize(cells[i], java.text.Normalizer.Form.NFC);
                rows.add(new Row(line, cells));
            }
            checkCharacters(rows, display, problems);
            return new Rows(rows, true);
        } catch (JsonProcessingException e) {
            problems.add(display, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "-", "not valid CSV: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            problems.add(display, 0, "-", "not valid CSV: " + e.getMessage());
        }
        return new Rows(rows, false);
    }
}
