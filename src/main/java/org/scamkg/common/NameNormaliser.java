package org.scamkg.common;



import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Folds a name for matching across datasets: honorifics from {@code data/names/honorifics.csv}
 * removed (the rules are data, never code), Latin letters lower-cased and stripped of their
 * diacritics, punctuation turned to spaces. Khmer and other scripts keep their own marks: a
 * Khmer vowel sign is part of the word, not an accent.
 */
public final class NameNormaliser {
    private final List<String> honorifics;

    private NameNormaliser(List<String> honorifics) {
        // Longest first, so "Samdech Techo" goes before "Samdech".
        this.honorifics = honorifics.stream().map(NameNormaliser::fold).filter(h -> !h.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * The rules of a data directory; none when it has no {@code names/honorifics.csv}. Throws a
     * {@link LoadException} locating the problem when the file cannot be read as CSV.
     */
    public static NameNormaliser of(Path dataDir) {
        DataLinks.refuseOutside(dataDir); // before the first file of the data directory is read
        Path file = dataDir.resolve("names").resolve("honorifics.csv");
        if (!Files.isRegularFile(file)) return new NameNormaliser(List.of());
        Problems problems = new Problems();
        List<CsvRows.Row> rows = CsvRows.read(file, DisplayPath.of(file), problems).rows();
        problems.throwIfAny();
        List<String> list = new ArrayList<>();
        if (!rows.isEmpty()) {
            int column = Arrays.asList(rows.get(0).cells()).indexOf("honorific");
            for (CsvRows.Row r : rows.subList(1, rows.size()))
                if (column >= 0 && column < r.cells().length) list.add(r.cells()[column]);
        }
        return new NameNormaliser(list);
    }

    public static NameNormaliser none() { return new NameNormaliser(List.of()); }

    public String normalise(String name) {
        String n = " " + fold(name) + " ";
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String h : honorifics) {
                if (n.startsWith(" " + h + " ")) {
                    n = n.substring(h.length() + 1);
                    changed = true;
                }
            }
        }
        return n.strip();
    }

    /** Lower case, Latin diacritics removed, runs of punctuation and space to one space. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        int prev = -1;
        for (int i = 0; i < d.length(); ) {
            int c = d.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            // Khmer vowel signs are spacing marks (Mc): they belong to the word like letters do
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (mark && prev >= 0 && Character.UnicodeScript.of(prev) == Character.UnicodeScript.LATIN) continue;
            if (!mark) prev = c;
            b.appendCodePoint(Character.isLetterOrDigit(c) || mark ? c : ' ');
        }
        return Normalizer.normalize(b.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
