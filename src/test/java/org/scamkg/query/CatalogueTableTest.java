package org.scamkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.scamkg.TestProject;

/** The README's catalogue and the editor's examples are generated from the query headers and stay true. */
class CatalogueTableTest {
    private final QueryCatalog catalog = QueryCatalog.load(TestProject.QUERIES);

    @Test
    void readmeTableMatchesTheQueryHeaders() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertEquals(CatalogueTable.replaceIn(readme, catalog), readme,
                "README.md's query table is stale: run bin/scamkg queries --update-readme README.md");
    }

    @Test
    void everyQueryFileStartsWithItsHeader() throws IOException {
        List<String> bad = new ArrayList<>();
        for (CannedQuery q : catalog.all())
            if (!Files.readAllLines(q.file()).get(0).startsWith("#+ summary:")) bad.add(q.name());
        assertEquals(List.of(), bad, "queries whose first line is not '#+ summary: …'");
    }

    @Test
    void everyQueryWithARequiredParameterHasARunnableExample() {
        List<String> missing = new ArrayList<>();
        for (CannedQuery q : catalog.all()) {
            boolean required = q.header().params().values().stream().anyMatch(QueryParameter::required);
            if (required && !q.header().exampleParams().keySet().containsAll(
                    q.header().params().values().stream().filter(QueryParameter::required).map(QueryParameter::name).toList()))
                missing.add(q.name());
        }
        assertEquals(List.of(), missing, "queries whose example line does not give every required parameter");
        assertTrue(catalog.all().size() >= 20, "at least 20 questions: " + catalog.names());
    }

    @Test
    void bindingTheExampleParametersGivesValidSparql() {
        for (CannedQuery q : catalog.all()) {
            String text = ParameterSubstitution.apply(q.query(), ParameterBinder.bind(q, q.header().exampleParams())).serialize();
            QueryFactory.create(text); // throws if the substituted query is not valid SPARQL
        }
    }
}
