package org.scamkg.query;

import org.scamkg.common.Literals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.scamkg.common.DateValue;
import org.scamkg.store.KgEngine;
import org.scamkg.vocab.Ids;

/**
 * The public record as of a date: the store seen through only the graphs of sources published by
 * then, with the ontology, the registry and the derived graph. A source counts when its publication date certainly
 * falls on or before the end of the as-of date (a source dated 2022-09 is in as of 2022-09 or
 * 2022-10-01, not as of 2022-09-15); a source whose date is unknown is left out, since it cannot
 * be shown to have been published by then. The engine then runs the query over just those graphs
 * (FROM and FROM NAMED, which every SPARQL 1.1 engine understands).
 * <p>
 * The derived graph (store.DerivedGraph) is computed from every source, so it is in the view only
 * as an index: the queries that read it (totals, contested-figures, raided-then-licensed) join each
 * derived link with what the sources state about its claims or events, which the view limits to
 * the sources published by then.
 */
final class AsOfView {
    private static final Query PUBLISHED_BY = QueryFactory.create("""
            PREFIX skg: <https://w3id.org/scamkg/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT DISTINCT ?g WHERE {
              GRAPH ?g { ?source a schema:CreativeWork ; skg:lastDay ?day }
              FILTER(?day <= ?until)
            }""");

    private AsOfView() {}

    /** The graphs a query as of {@code asOf} sees. */
    static List<String> graphs(KgEngine engine, DateValue asOf) {
        List<String> graphs = new ArrayList<>(List.of(Ids.ONTOLOGY_GRAPH, Ids.REGISTRY_GRAPH, Ids.DERIVED_GRAPH));
        Query q = ParameterSubstitution.apply(PUBLISHED_BY,
                BindingFactory.binding(Var.alloc("until"), Literals.integer(asOf.lastDay()).asNode()));
        engine.select(q, Optional.empty(), 0).forEachRemaining(b -> {
            Node g = b.get("g");
            if (g.isURI() && !graphs.contains(g.getURI())) graphs.add(g.getURI());
        });
        return graphs;
    }
}
