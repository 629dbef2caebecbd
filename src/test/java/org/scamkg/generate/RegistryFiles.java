package org.scamkg.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The five registry CSVs of a data tree ({@code registry/*.csv}), with the headers the loader
 * requires (RegistryReader), open for the whole run: shared rows first, then each unit's rows
 * appended as the unit is made, so nothing accumulates in memory. Lines end with {@code \n}.
 */
final class RegistryFiles implements Closeable {
    private final BufferedWriter persons;
    private final BufferedWriter organisations;
    private final BufferedWriter places;
    private final BufferedWriter posts;
    private final BufferedWriter sites;

    RegistryFiles(Path registryDir) {
        try {
            Files.createDirectories(registryDir);
            persons = open(registryDir.resolve("persons.csv"), "slug,name,aliases,name_km,name_zh,country,note");
            organisations = open(registryDir.resolve("organisations.csv"),
                    "slug,kind,name,aliases,name_km,name_zh,parent,member_of,country,note");
            places = open(registryDir.resolve("places.csv"), "slug,kind,name,aliases,name_km,name_zh,within,wkt,code,note");
            posts = open(registryDir.resolve("posts.csv"), "slug,name,aliases,organisation,holders,note");
            sites = open(registryDir.resolve("sites.csv"), "slug,kind,name,aliases,name_km,name_zh,within,operator,note");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedWriter open(Path file, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }

    void person(String slug, String name, String country, String note) {
        row(persons, slug, name, "", "", "", country, note);
    }

    void organisation(String slug, String kind, String name, String aliases, String parent, String country, String note) {
        row(organisations, slug, kind, name, aliases, "", "", parent, "", country, note);
    }

    void place(String slug, String kind, String name, String within, String code, String note) {
        row(places, slug, kind, name, "", "", "", within, "", code, note);
    }

    void post(String slug, String name, String organisation, String note) {
        row(posts, slug, name, "", organisation, "", note);
    }

    void site(String slug, String kind, String name, String within, String operator, String note) {
        row(sites, slug, kind, name, "", "", "", within, operator, note);
    }

    private static void row(BufferedWriter w, String... cells) {
        try {
            w.write(String.join(",", List.of(cells).stream().map(RegistryFiles::cell).toList()));
            w.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV cell, quoted when it holds a comma, a quote mark or surrounding space. */
    static String cell(String s) {
        if (s == null) return "";
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || !s.equals(s.strip());
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() {
        IOException first = null;
        for (BufferedWriter w : List.of(persons, organisations, places, posts, sites)) {
            try {
                w.close();
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw new UncheckedIOException(first);
    }
}
