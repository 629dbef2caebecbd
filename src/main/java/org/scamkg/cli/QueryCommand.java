package org.scamkg.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.scamkg.common.DateValue;
import org.scamkg.query.CannedQuery;
import org.scamkg.query.Cursor;
import org.scamkg.query.Page;
import org.scamkg.query.PageRequest;
import org.scamkg.query.PagingException;
import org.scamkg.query.ParameterBinder;
import org.scamkg.query.ParameterSubstitution;
import org.scamkg.query.QueryCatalog;
import org.scamkg.query.QueryFileException;
import org.scamkg.query.QueryRunner;
import org.scamkg.store.EndpointEngine;
import org.scamkg.store.KgStore;
import org.scamkg.vocab.Prefixes;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg query}: run a canned query by name, or any query file, against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a canned query from queries/ by name (see the README for the catalogue), or any SPARQL query file.",
                "Parameters are bound as typed RDF terms, never pasted into the query text.",
                "The whole answer is printed unless --page-size asks for a page; the total and the next page's cursor then go to standard error.",
                "If the store is empty, the curated data is loaded first.",
                "With --sparql URL, the query runs on that external SPARQL 1.1 endpoint instead (as standard SPARQL text)."})
final class QueryCommand implements Runnable {
    enum Format { table, csv, tsv, json }

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq", description = "a query name such as raided-then-licensed, or a path to a .rq file")
    String target;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "a parameter value; repeat for several")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--queries", paramLabel = "DIR", description = "the canned queries (default: queries/ of the project)")
    Path queries;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60", description = "time limit (default: ${DEFAULT-VALUE} s; 0 for none)")
    long timeoutSeconds;

    @Option(names = "--as-of", paramLabel = "DATE", converter = AsOfDate.class,
            description = "see only what sources published by this date said (YYYY, YYYY-MM or YYYY-MM-DD)")
    DateValue asOf;

    /** A bad date is wrong usage, reported by picocli like any other bad option value. */
    static final class AsOfDate implements ITypeConverter<DateValue> {
        @Override
        public DateValue convert(String text) {
            return DateValue.parse(text.strip()).orElseThrow(() ->
                    new TypeConversionException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"));
        }
    }

    @Option(names = "--page-size", paramLabel = "N", description = {"give one page of N rows (1–" + PageRequest.MAX_SIZE + ") instead of the whole answer;",
            "the total and the next page's cursor are printed to standard error, so standard output stays the data"})
    Integer pageSize;

    @Option(names = "--cursor", paramLabel = "TOKEN", description = "the page a previous --page-size run named as next (pages of "
            + PageRequest.DEFAULT_SIZE + " rows unless --page-size says otherwise); it only continues the same question with the same parameters")
    String cursor;

    @Mixin StoreOptions store;
    @Mixin DataOptions data;
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        CannedQuery q = resolve();
        Binding binding = ParameterBinder.bind(q, params); // refuse bad values before touching the store
        Optional<DateValue> asOfDate = Optional.ofNullable(asOf);
        PageRequest paging = pageRequest(q, binding, asOfDate);
        PrintWriter out = spec.commandLine().getOut();
        Optional<EndpointEngine> external = engine.engine(data.layout());
        if (external.isPresent()) {
            out.print(answer(new QueryRunner(external.get(), timeoutSeconds * 1000), q, binding, asOfDate, paging));
            out.flush();
            return;
        }
        Optional<RemoteStore> server = store.runningServer();
        if (server.isPresent()) {
            out.print(throughServer(server.get(), q, binding, paging));
            out.flush();
            return;
        }
        try (KgStore s = store.open()) {
            StoreAutoLoad.ifEmpty(s, data.layout(), spec.commandLine().getErr());
            out.print(answer(new QueryRunner(s.dataset(), timeoutSeconds * 1000), q, binding, asOfDate, paging));
            out.flush();
        }
    }

    private String answer(QueryRunner runner, CannedQuery q, Binding binding, Optional<DateValue> asOfDate, PageRequest paging) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        if (!paging.isWhole()) {
            Page page = runner.page(q, params, asOfDate, paging);
            writeRows(page.rows(), q, buf);
            tellPage(page.firstRow(), page.lastRow(), page.total(), page.next());
        } else if (q.query().isSelectType()) writeRows(runner.select(q, params, asOfDate), q, buf);
        else if (q.query().isAskType()) writeBoolean(runner.ask(q.query(), binding, asOfDate), buf);
        else writeGraph(runner.graph(q.query(), binding, asOfDate), buf);
        return buf.toString(StandardCharsets.UTF_8);
    }

    /**
     * The same answer from the server that holds the store: a canned question through its query
     * API (which binds, checks and limits exactly as here), a query file through /kg/sparql with
     * its parameters bound here. The server's query time limit applies.
     */
    private String throughServer(RemoteStore server, CannedQuery q, Binding binding, PageRequest paging) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean canned = !target.endsWith(".rq");
        if (canned && q.query().isSelectType()) {
            Optional<String> asOfText = Optional.ofNullable(asOf).map(DateValue::lexical);
            boolean asText = format == Format.csv || format == Format.tsv;
            RemoteStore.Answer answer = server.canned(q.name(), params, asOfText, asText ? format.name() : "json", paging);
            if (!paging.isWhole()) tellPage(answer.firstRow(), answer.lastRow(), answer.total(), answer.next());
            if (asText) return answer.body();
            // read and written again: a table, or SPARQL JSON exactly as on the store itself (without the API's page member)
            writeRows(ResultSetMgr.read(stream(answer.body()), ResultSetLang.RS_JSON), q, buf);
            return buf.toString(StandardCharsets.UTF_8);
        }
        if (!paging.isWhole())
            throw new PagingException("--page-size and --cursor page a canned question; a query file through the server at "
                    + server.base() + " is answered whole: stop the server to page it, or leave them out");
        if (asOf != null)
            throw new QueryFileException("--as-of on a query file needs the store itself, which the server at " + server.base()
                    + " holds: stop the server, or ask a canned question");
        String text = ParameterSubstitution.apply(q.query(), binding).serialize();
        if (q.query().isSelectType()) writeRows(ResultSetMgr.read(stream(server.sparql(text, "application/sparql-results+json")),
                ResultSetLang.RS_JSON).rewindable(), q, buf);
        else if (q.query().isAskType()) writeBoolean(ResultSetMgr.readBoolean(stream(server.sparql(text, "application/sparql-results+json")),
                ResultSetLang.RS_JSON), buf);
        else {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(server.sparql(text, "application/n-triples"), Lang.NTRIPLES).parse(g);
            writeGraph(g, buf);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** The page asked for, checked before the store is touched: a cursor must be this question's. */
    private PageRequest pageRequest(CannedQuery q, Binding binding, Optional<DateValue> asOfDate) {
        PageRequest paging = PageRequest.parse(pageSize == null ? null : String.valueOf(pageSize), cursor, 0);
        if (paging.isWhole()) return paging;
        if (!q.query().isSelectType()) throw new PagingException("--page-size and --cursor page the rows of a SELECT query; "
                + q.name() + " is not one");
        paging.cursor().ifPresent(c -> Cursor.decode(c, Cursor.questionKey(q.name(), binding, asOfDate)));
        return paging;
    }

    /** Where the page is, on standard error: standard output stays the data alone. */
    private void tellPage(long first, long last, long total, Optional<String> next) {
        PrintWriter err = spec.commandLine().getErr();
        String rows = first == 0 ? "no rows here" : "rows " + String.format(java.util.Locale.ROOT, "%,d–%,d", first, last);
        err.println(rows + " of " + String.format(java.util.Locale.ROOT, "%,d", total)
                + next.map(c -> "; next page: --cursor " + c).orElse("; the last page"));
        err.flush();
    }

    private static ByteArrayInputStream stream(String s) { return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)); }

    private CannedQuery resolve() {
        Path file = Path.of(target);
        if (target.endsWith(".rq")) {
            if (!Files.isRegularFile(file)) throw new QueryFileException("no such query file: " + target);
            return CannedQuery.load(file, false);
        }
        QueryCatalog catalog = QueryCatalog.load(Home.orDefault(queries, "queries"));
        return catalog.get(target).orElseThrow(() -> new QueryFileException(
                "no canned query named '" + target + "'; known: " + String.join(", ", catalog.names())));
    }

    private void writeRows(RowSetRewindable rows, CannedQuery q, ByteArrayOutputStream buf) {
        writeRows(ResultSet.adapt(rows), q, buf);
    }

    private void writeRows(ResultSet rs, CannedQuery q, ByteArrayOutputStream buf) {
        org.scamkg.export.SafeCsv.install(); // CSV and TSV cells a spreadsheet would run as formulas are neutralised
        org.scamkg.export.SafeTsv.install();
        switch (format) {
            case table -> ResultSetFormatter.out(buf, rs, tablePrefixes(q));
            case csv -> ResultSetFormatter.outputAsCSV(buf, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(buf, rs);
            case json -> ResultSetFormatter.outputAsJSON(buf, rs);
        }
    }

    /** The standard prefixes, then the query's own, so table cells read as short names. */
    private static PrefixMapping tablePrefixes(CannedQuery q) {
        PrefixMapping pm = Prefixes.standard();
        pm.setNsPrefixes(q.query().getPrefixMapping());
        return pm;
    }

    private void writeBoolean(boolean b, ByteArrayOutputStream buf) {
        switch (format) {
            case json -> ResultSetFormatter.outputAsJSON(buf, b);
            case csv -> ResultSetFormatter.outputAsCSV(buf, b);
            case tsv -> ResultSetFormatter.outputAsTSV(buf, b);
            case table -> buf.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void writeGraph(Graph g, ByteArrayOutputStream buf) {
        RDFDataMgr.write(buf, g, switch (format) {
            case json -> Lang.JSONLD;
            case csv, tsv -> Lang.NTRIPLES;
            case table -> Lang.TURTLE;
        });
    }
}
