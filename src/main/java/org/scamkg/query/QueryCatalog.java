package org.scamkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canned questions of {@code queries/*.rq}, by name, in name order. Every file must parse
 * (header and SPARQL); a broken one fails the whole catalogue with its name.
 */
public final class QueryCatalog {
    private final Map<String, CannedQuery> queries = new LinkedHashMap<>();

    private QueryCatalog() {}

    public static QueryCatalog load(Path dir) {
        QueryCatalog c = new QueryCatalog();
        if (!Files.isDirectory(dir)) throw new QueryFileException("query directory not found: " + dir);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                CannedQuery q = CannedQuery.load(p);
                c.queries.put(q.name(), q);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    public Optional<CannedQuery> get(String name) { return Optional.ofNullable(queries.get(name)); }

    public List<CannedQuery> all() { return List.copyOf(queries.values()); }

    public List<String> names() { return List.copyOf(queries.keySet()); }
}
