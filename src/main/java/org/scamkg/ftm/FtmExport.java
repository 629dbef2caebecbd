package org.scamkg.ftm;

import org.scamkg.store.ReadTransactions;
import org.scamkg.vocab.FTM;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.scamkg.vocab.Ids;
import org.scamkg.vocab.SKG;

/**
 * The graph as FollowTheMoney JSON lines, one entity per line, for Aleph, OpenSanctions' tools
 * and anything else that reads FollowTheMoney: first our curated entities (see {@link CuratedFtm}),
 * then every imported entity as it came in, from its {@code ftm:} triples (same id, schema,
 * property values and metadata). Lines are sorted by id, so two exports of the same graph are
 * byte for byte the same.
 */
public final class FtmExport {
    /** What an export wrote. */
    public record Counts(long curated, long imported) {
        public long total() { return curated + imported; }
    }

    private static final int PROGRESS_EVERY = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FtmExport() {}

    public static Counts write(Dataset store, OutputStream out, PrintWriter progress) {
        return ReadTransactions.calculate(store, () -> {
            try {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                long curated = 0;
                for (FtmRecord r : CuratedFtm.of(store)) {
                    line(w, r);
                    curated++;
                }
                long[] imported = {0};
                DatasetGraph dsg = store.asDatasetGraph();
                eachImported(store, e -> {
                    Optional<FtmRecord> r = restore(dsg, e);
                    if (r.isEmpty()) return;
                    line(w, r.get());
                    if (++imported[0] % PROGRESS_EVERY == 0) {
                        progress.printf("  %,d imported entities written%n", imported[0]);
                        progress.flush();
                    }
                });
                w.flush();
                return new Counts(curated, imported[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void line(Writer w, FtmRecord r) throws IOException {
        w.write(JSON.writeValueAsString(r.toJson(JSON)));
        w.write('\n');
    }

    private record ImportedEntity(String id, Node graph, Node subject) {}

    /** Past this many rows ARQ sorts on disk, so an import of any size exports in bounded memory. */
    private static final long SPILL_ROWS = 50_000;

    /** Calls {@code each} on every imported entity, sorted by id then dataset graph. */
    private static void eachImported(Dataset store, ImportedConsumer each) throws IOException {
        Query q = QueryFactory.create("SELECT ?g ?s ?id { GRAPH ?g { ?s <" + SKG.ftmId.getURI() + "> ?id }"
                + " FILTER(STRSTARTS(STR(?g), \"" + Ids.IMPORT_GRAPH_PREFIX + "\")) } ORDER BY ?id ?g");
        try (QueryExec qe = QueryExec.dataset(store.asDatasetGraph()).query(q).set(ARQ.spillToDiskThreshold, SPILL_ROWS).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                each.accept(new ImportedEntity(b.get("id").getLiteralLexicalForm(), b.get("g"), b.get("s")));
            }
        }
    }

    private interface ImportedConsumer {
        void accept(ImportedEntity e) throws IOException;
    }

    /** An imported entity from the FollowTheMoney triples the import kept verbatim. */
    private static Optional<FtmRecord> restore(DatasetGraph dsg, ImportedEntity e) {
        Optional<String> schema = Optional.empty();
        for (var it = dsg.find(e.graph(), e.subject(), RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
            Node t = it.next().getObject();
            if (t.isURI() && t.getURI().startsWith(FTM.NS) && !t.getURI().substring(FTM.NS.length()).contains(":"))
                schema = Optional.of(t.getURI().substring(FTM.NS.length()));
        }
        if (schema.isEmpty()) return Optional.empty();
        FtmRecord r = new FtmRecord(e.id(), schema.get());
        for (var it = dsg.find(e.graph(), e.subject(), Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            String p = q.getPredicate().getURI();
            Node o = q.getObject();
            String value = o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? FTM.idOf(o.getURI()).orElse(o.getURI()) : null;
            if (value == null) continue;
            if (p.startsWith(FTM.META)) r.meta(p.substring(FTM.META.length()), value);
            else FTM.propertyName(p).filter(r::has).ifPresent(name -> r.add(name, value));
        }
        return Optional.of(r);
    }

}
