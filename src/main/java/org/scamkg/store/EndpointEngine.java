package org.scamkg.store;

import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scamkg.common.NameNormaliser;

/**
 * An external SPARQL 1.1 endpoint as the engine: every query is sent to it as standard SPARQL
 * text (restricted to graphs with FROM / FROM NAMED when asked) and its answer read back whole.
 * The time limit is the HTTP request's: past it the wait ends with {@link QueryCancelledException},
 * as a local query would (the engine may go on computing; give it its own limit, as
 * docs/scaling.md says for Virtuoso). There is no name index here: name search runs as SPARQL over
 * the normalised names the loader writes ({@code NameSearch}).
 */
public final class EndpointEngine implements KgEngine {
    // Jena's subsystems first: the dataset view's classes must not start ARQ's initialisation half-way.
    static { org.apache.jena.sys.JenaSystem.init(); }

    private final SparqlEndpoint endpoint;
    private final NameNormaliser names;
    private final EndpointDatasetGraph view;

    /** {@code names}: the loader's folding rules (its honorifics), to fold what users search for as the names were folded. */
    public EndpointEngine(SparqlEndpoint endpoint, NameNormaliser names) {
        this.endpoint = endpoint;
        this.names = names;
        this.view = new EndpointDatasetGraph(this);
    }

    public SparqlEndpoint endpoint() { return endpoint; }

    /**
     * The endpoint as a read-only dataset, for the code that walks the graph (labels,
     * descriptions, exports): its default graph is the union of the store's graphs (those under
     * {@code https://w3id.org/scamkg/graph/}; an engine's own system graphs stay out), and each
     * look-up is a SPARQL query, remembered for the length of one read transaction.
     */
    public Dataset dataset() { return DatasetFactory.wrap(view); }

    @Override
    public RowSetRewindable select(Query query, Optional<List<String>> graphs, long timeoutMillis) {
        return run(query, graphs, timeoutMillis, qe -> {
            RowSet rs = qe.select();
            List<Binding> rows = new ArrayList<>();
            rs.forEachRemaining(b -> {
                BindingBuilder copy = BindingBuilder.create();
                b.forEach((v, n) -> copy.add(v, canonical(n)));
                rows.add(copy.build());
            });
            return RowSetStream.create(rs.getResultVars(), rows.iterator()).rewindable();
        });
    }

    @Override
    public boolean ask(Query query, Optional<List<String>> graphs, long timeoutMillis) {
        return run(query, graphs, timeoutMillis, QueryExec::ask);
    }

    @Override
    public Graph graph(Query query, Optional<List<String>> graphs, long timeoutMillis) {
        return run(query, graphs, timeoutMillis, qe -> {
            Graph g = GraphFactory.createDefaultGraph();
            (query.isConstructType() ? qe.construct() : qe.describe()).find().forEachRemaining(g::add);
            return g;
        });
    }

    @Override
    public Optional<NameNormaliser> nameFolding() { return Optional.of(names); }

    @Override
    public boolean asksUnionBranchesApart() { return true; }

    @Override
    public String describe() { return "the SPARQL endpoint " + endpoint.queryUrl(); }

    /** A query execution against the endpoint, for callers that stream its answer themselves (the public /kg/sparql). */
    public QueryExec exec(Query query, long timeoutMillis) {
        // GET while the URL is short, then an HTML form POST, which every SPARQL 1.1 endpoint reads:
        // Jena's default for long queries, a POST with an application/sparql-query body, is never
        // answered by Virtuoso 7.2.5 (the request hangs until the client gives up).
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint.queryUrl()).query(query.toString())
                .sendMode(QuerySendMode.asGetWithLimitForm);
        if (timeoutMillis > 0) b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        return b.build();
    }

    private <T> T run(Query query, Optional<List<String>> graphs, long timeoutMillis, Function<QueryExec, T> read) {
        Query q = query;
        if (graphs.isPresent()) {
            q = query.cloneQuery();
            for (String g : graphs.get()) {
                q.addGraphURI(g);
                q.addNamedGraphURI(g);
            }
        }
        QueryExec qe = exec(q, timeoutMillis);
        // The HTTP timeout covers the wait for the answer to start; this ends a slow answer as well.
        AtomicBoolean late = new AtomicBoolean();
        ScheduledFuture<?> deadline = timeoutMillis > 0 ? TIMER.schedule(() -> {
            late.set(true);
            qe.abort();
        }, timeoutMillis, TimeUnit.MILLISECONDS) : null;
        try (qe) {
            return read.apply(qe);
        } catch (HttpException | QueryException e) {
            if (late.get()) throw new QueryCancelledException();
            if (e instanceof QueryCancelledException c) throw c;
            for (Throwable t = e; t != null; t = t.getCause())
                if (t instanceof HttpTimeoutException) throw new QueryCancelledException();
            throw new StoreException(describe() + " failed: " + reason(e), e);
        } catch (RuntimeException e) {
            if (late.get()) throw new QueryCancelledException();
            throw e;
        } finally {
            if (deadline != null) deadline.cancel(false);
        }
    }

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scamkg-endpoint-deadline");
        t.setDaemon(true);
        return t;
    });

    /** A boolean in its canonical form: Virtuoso writes xsd:boolean values as "1" and "0", the same values. */
    static Node canonical(Node n) {
        if (n.isLiteral() && XSDDatatype.XSDboolean.getURI().equals(n.getLiteralDatatypeURI())) {
            String lex = n.getLiteralLexicalForm();
            if (lex.equals("1")) return NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
            if (lex.equals("0")) return NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
        }
        return n;
    }

    static String reason(RuntimeException e) {
        // Jena hands an HTTP error back as an HttpException, or as a QueryExceptionHTTP made from
        // one (status and body copied, the HttpException not kept): the engine's own words are the
        // body, such as Virtuoso's "SQ200: The memory pool size … reached the limit".
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h && h.getStatusCode() > 0) return httpReason(h.getStatusCode(), h.getResponse());
            if (t instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) return httpReason(q.getStatusCode(), q.getResponse());
        }
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        return String.valueOf(root.getMessage() == null ? root : root.getMessage());
    }

    private static String httpReason(int status, String response) {
        String body = response == null ? "" : response.strip();
        if (body.length() > 500) body = body.substring(0, 500) + " …";
        return "HTTP " + status + (body.isEmpty() ? "" : ": " + body);
    }
}
