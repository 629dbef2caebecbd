package org.scamkg.serve;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.scamkg.store.KgStore;
import org.scamkg.store.StoreException;

/**
 * The embedded Fuseki server. The service and its endpoints come from {@code fuseki-config/}
 * (server.ttl, plus write-endpoints.ttl only with a password file); this class adds what the
 * configuration cannot say: the guarded query and update operations, the time limit, the
 * browser editor, and the interface to bind to.
 */
public final class KgServer {
    public static final String SERVICE = "kg";
    private final FusekiServer fuseki;
    private final ResourceFactory.Closeable uiResources;

    private KgServer(FusekiServer fuseki, ResourceFactory.Closeable uiResources) {
        this.fuseki = fuseki;
        this.uiResources = uiResources;
    }

    public static KgServer create(ServerOptions o) {
        Model config = KgStore.datasetConfig(o.configDir(), o.storeDir());
        RDFDataMgr.read(config, configFile(o.configDir(), "server.ttl").toString());
        if (o.passwdFile().isPresent()) RDFDataMgr.read(config, configFile(o.configDir(), "write-endpoints.ttl").toString());

        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                .registerOperation(Operation.Query, new GuardedQuery(o.queryTimeoutSeconds() * 1000))
                .registerOperation(Operation.Update, new GuardedUpdate())
                .parseConfig(config)
                .enablePing(true)
                .enableStats(true);
        ResourceFactory.Closeable uiResources = ResourceFactory.closeable();
        addEditor(b, uiResources);
        o.passwdFile().ifPresent(p -> {
            if (!Files.isReadable(p)) throw new StoreException("password file not readable: " + p);
            // With a password file Fuseki would guard every endpoint; only the write endpoints
            // (allowedUsers in write-endpoints.ttl) need credentials.
            b.passwordFile(p.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_ANON);
        });
        FusekiServer server = b.build();
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc) sc.setHost(o.host());
        return new KgServer(server, uiResources);
    }

    /**
     * The browser query editor shipped in the jena-fuseki-ui jar, with the read-only status and
     * validation endpoints it calls. The admin endpoints (dataset creation, backups) are not added.
     * The jar is mounted through a resource factory the server closes when it stops.
     */
    private static void addEditor(FusekiServer.Builder b, ResourceFactory.Closeable resources) {
        Resource ui = resources.newClassLoaderResource("webapp");
        if (ui == null) return;
        b.staticFileBase(ui.getURI().toString())
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator());
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
    }
}
