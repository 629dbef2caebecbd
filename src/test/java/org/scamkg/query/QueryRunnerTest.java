package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scamkg.TestProject;
import org.scamkg.store.KgStore;

class QueryRunnerTest {
    @Test
    void rowsAreReadableAfterTheReadTransactionEnds(@TempDir Path dir) {
        CuratedStore.open(dir).close(); // load, then release: the reopened store starts with cold caches
        try (KgStore store = KgStore.open(TestProject.CONFIG, dir.resolve("store"))) {
            RowSetRewindable rows = new QueryRunner(store.dataset(), 60_000).select(QueryFactory.create(
                    "SELECT ?c ?s WHERE { ?c <https://w3id.org/scamkg/ontology#statement> ?s }"), BindingFactory.empty());
            List<String> statements = new ArrayList<>();
            rows.forEachRemaining(b -> statements.add(b.get("s").getLiteralLexicalForm()));
            assertTrue(statements.size() > 50, "statements: " + statements.size());
            assertEquals(statements.size(), statements.stream().filter(s -> !s.isBlank()).count());
        }
    }
}
