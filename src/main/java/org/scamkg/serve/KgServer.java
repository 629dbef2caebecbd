package org.scamkg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.scamkg.query.QueryCatalog;
import org.scamkg.serve.pages.ErrorPages;
import org.scamkg.serve.pages.Pages;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreException;

/**
 * The embedded Fuseki server. The service and its endpoints come from {@code fuseki-config/}
 * (server.ttl, plus write-endpoints.ttl only with a password file); this class adds what the
 * configuration cannot say: the guarded query and update operations, the time and row limits,
 * bounded request bodies, JSON-LD parsing that fetches nothing, the reader's site (home page,
 * identifier pages, questions as forms: {@link Pages}), the SPARQL editor at {@code /editor/},
 * and the interface to bind to. With an external engine ({@link ServerOptions#engine()}) the same
 * service, site and limits run over that SPARQL endpoint instead of the embedded store, read-only.
 */
public final class KgServer {
    public static final String SERVICE = "kg";
    static final String REALM = "scamkg";
    static final int SERVER_THREADS = 64;
    /**
     * Jetty's own default response buffer. Fuseki sets 5 MiB, larger than the buffer pool keeps,
     * so a response Jetty aggregated got a fresh 5 MiB direct buffer, allocated and zeroed (with
     * the compact JSON writer, every star lookup did), and direct memory ran out often enough
     * that the JVM ran a full collection (System.gc()) every few seconds under load (BENCHMARKS.md,
     * "The cost of one request"). The price: a response past 32 KiB is committed (status sent) as
     * it streams, so a query that fails after that point cannot answer 503 any more: its reply
     * is cut off instead ({@link FusekiErrorReplies}).
     */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    private final FusekiServer fuseki;
    private final ResourceFactory.Closeable uiResources;
    private final Optional<UserStore> users;

    private KgServer(FusekiServer fuseki, ResourceFactory.Closeable uiResources, Optional<UserStore> users) {
        this.fuseki = fuseki;
        this.uiResources = uiResources;
        this.users = users;
    }

    public static KgServer create(ServerOptions o) {
        OfflineJsonLd.install();
        NoRemoteService.install();
        BoundedRegex.install();
        org.scamkg.export.SafeCsv.install();
        org.scamkg.export.SafeTsv.install();
        CompactJsonResults.install();
        if (o.engine().isPresent() && o.passwdFile().isPresent())
            throw new StoreException("--passwd enables writes to the embedded store; against an external SPARQL endpoint the server is "
                    + "read-only: write there with load --target");
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                .registerOperation(Operation.Query, new GuardedQuery(o.queryTimeoutSeconds() * 1000, o.maxRows(), o.engine()))
                .registerOperation(Operation.Update, new GuardedUpdate(o.queryTimeoutSeconds() * 1000))
                .enablePing(true)
                .enableStats(true);
        AtomicReference<Dataset> store = new AtomicReference<>();
        if (o.engine().isPresent()) {
            // The same service, read-only, over the endpoint: queries are forwarded to it (GuardedQuery),
            // graph reads and the pages go through its dataset view.
            Dataset view = o.engine().get().dataset();
            store.set(view);
            b.add("/" + SERVICE, DataService.newBuilder(view.asDatasetGraph())
                    .addEndpoint(Operation.Query, "sparql").addEndpoint(Operation.Query, "query").addEndpoint(Operation.GSP_R, "get"));
        } else {
            Model config = KgStore.datasetConfig(o.configDir(), o.storeDir());
            RDFDataMgr.read(config, configFile(o.configDir(), "server.ttl").toString());
            if (o.passwdFile().isPresent()) RDFDataMgr.read(config, configFile(o.configDir(), "write-endpoints.ttl").toString());
            b.parseConfig(config);
        }
        // A fixed pool, of which a quarter at most may wait for request bodies (SlowBodyGuard):
        // slow uploads cannot take the threads that answer everything else.
        b.numServerThreads(8, SERVER_THREADS);
        b.addFilter("/*", new SlowBodyGuard(SERVER_THREADS / 4));
        b.addFilter("/*", new RequestSizeLimit(o.maxUploadBytes()));
        b.addFilter("/*", new WriteRequestCheck());
        b.addFilter("/*", new FusekiErrorReplies());
        if (o.concurrentRequests() > 0) b.addFilter("/*", new QueryAdmission(o.concurrentRequests(), QueryAdmission.waitSeconds(o.queryTimeoutSeconds())));
        // The store is opened by the configuration at build(); the query API finds it then.
        QueryCatalog catalog = QueryCatalog.load(o.queriesDir());
        long timeout = o.queryTimeoutSeconds() * 1000;
        Pages.install(b, catalog, store::get, timeout, new QueryApiServlet(catalog, store::get, timeout));
        ResourceFactory.Closeable uiResources = ResourceFactory.closeable();
        addEditor(b, uiResources);
        b.addServlet("/search", new SearchServlet(store::get, timeout))
                .addServlet("/void", new DescriptionServlets.VoidServlet(store::get, o.host(), o.publicUrl()));
        Optional<UserStore> users = o.passwdFile().map(p -> {
            if (!Files.isReadable(p)) throw new StoreException("password file not readable: " + p);
            // Our own user store (re-read when the file changes), so stop() can end its file watcher.
            UserStore userStore = JettySecurityLib.makeUserStore(p.toString());
            // With credentials Fuseki would guard every endpoint by default; only the write
            // endpoints (allowedUsers in write-endpoints.ttl) need them.
            b.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, userStore, AuthScheme.BASIC)).serverAuthPolicy(Auth.ANY_ANON);
            return userStore;
        });
        FusekiServer server = b.build();
        if (store.get() == null) {
            store.set(DatasetFactory.wrap(server.getDataAccessPointRegistry().get("/" + SERVICE).getDataService().getDataset()));
            KgStore.prepare(store.get());
        }
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(o.host());
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }
        server.getJettyServer().setHandler(new SecurityHeaders(new MalformedRequests(server.getJettyServer().getHandler())));
        // Every error in the site's words, in place of Jetty's stock page (ErrorPages).
        ErrorPages errors = new ErrorPages();
        server.getJettyServer().setErrorHandler(errors);
        ServletContextHandler.getServletContextHandler(server.getServletContext()).setErrorHandler(errors);
        return new KgServer(server, uiResources, users);
    }

    /**
     * The browser query editor shipped in the jena-fuseki-ui jar, with the read-only status
     * endpoint it calls. The admin endpoints (dataset creation, backups) are not added, nor are
     * Fuseki's {@code /$/validate/*} pages: the editor does not call them, and they echo their
     * input as HTML.
     * The jar is mounted through a resource factory the server closes when it stops.
     */
    private static void addEditor(FusekiServer.Builder b, ResourceFactory.Closeable resources) {
        Optional<URI> ui = editorLocation();
        if (ui.isEmpty()) return;
        Resource base = resources.newResource(ui.get());
        b.addFilter("/*", new StaticFiles(ui.get()));
        b.addFilter("/*", new EditorPatchFilter(ui.get()));
        b.staticFileBase(base.getURI().toString())
                .addServlet("/$/server", new ActionServerStatus());
    }

    /**
     * The {@code webapp/} folder of the jena-fuseki-ui jar. Other jars on a class path may also
     * have a {@code webapp/}, so the one holding the editor's index page in that jar is chosen.
     */
    private static Optional<URI> editorLocation() {
        try {
            List<URL> found = Collections.list(KgServer.class.getClassLoader().getResources("webapp/index.html"));
            return found.stream().sorted(Comparator.comparing((URL u) -> !u.toString().contains("jena-fuseki-ui")))
                    .findFirst().map(u -> URI.create(u.toString().substring(0, u.toString().length() - "index.html".length())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Path configFile(Path dir, String name) {
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) throw new StoreException("server configuration not found: " + f);
        return f;
    }

    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() { return fuseki.getHttpPort(); }

    public void join() { fuseki.join(); }

    public void stop() {
        fuseki.stop();
        uiResources.close();
        users.ifPresent(u -> {
            try {
                u.stop();
            } catch (Exception e) {
                // stopping a file watcher cannot lose data; nothing to do
            }
        });
    }
}
