package org.scamkg.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies point one way, as docs/design.md draws them: each package imports
 * only those to its left (packages on one level import neither of each other).
 */
class PackageDependenciesTest {
    /** The level of each package, as in design.md: common, site ← vocab ← … ← query, export ← serve ← cli. */
    static final Map<String, Integer> LEVEL = Map.ofEntries(Map.entry("common", 0), Map.entry("site", 0), Map.entry("vocab", 1),
            Map.entry("validate", 2), Map.entry("load", 3), Map.entry("store", 4), Map.entry("ftm", 5), Map.entry("query", 6),
            Map.entry("export", 6), Map.entry("serve", 7), Map.entry("cli", 8));
    static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?org\\.scamkg\\.([a-z]+)\\.");
    static final Pattern USE = Pattern.compile("org\\.scamkg\\.([a-z]+)\\.[A-Z]");

    @Test
    void importsPointLeftOnly() throws IOException {
        Path root = Path.of("src/main/java/org/scamkg");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f).getName(0).toString();
                Integer level = LEVEL.get(pkg);
                if (level == null) {
                    wrong.add(f + ": package " + pkg + " has no place in design.md's order");
                    continue;
                }
                String text = Files.readString(f);
                for (Pattern p : List.of(IMPORT, USE)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        String used = m.group(1);
                        if (used.equals(pkg)) continue;
                        Integer usedLevel = LEVEL.get(used);
                        if (usedLevel == null || usedLevel >= level) wrong.add(f + " uses org.scamkg." + used);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong.stream().distinct().toList());
    }
}
