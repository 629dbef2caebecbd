package org.scamkg.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.scamkg.serve.KgServer;
import org.scamkg.serve.ServerOptions;
import org.scamkg.store.EndpointEngine;
import org.scamkg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scamkg serve}: the site, the SPARQL endpoint and the browser editor over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the server: the site at /, /kg/sparql (query), /kg/get (graph store, read) and the SPARQL editor at /editor/.",
                "The site has a name search, every question as a form, and a page for every identifier.",
                "Loads the curated records first when the store is empty or they changed since the last load.",
                "A store restored from a backup is served as restored unless --reload is given.",
                "With --passwd, /kg/update and /kg/data accept writes from the users in that file (HTTP basic).",
                "While it runs, query, search, export and stats on its store go through it.",
                "With --sparql URL, serves the same site and a read-only /kg over an external SPARQL 1.1 endpoint instead of the "
                        + "embedded store (nothing is loaded: fill the endpoint with load --target); queries to /kg/sparql are forwarded "
                        + "only to that endpoint, with the same limits.",
                "Ctrl-C stops it."})
final class ServeCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger("scamkg");

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all)")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--passwd", paramLabel = "FILE", description = "Jetty password file (user: password); enables /kg/update and /kg/data for its users")
    Path passwd;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10", description = "time limit per query (default: ${DEFAULT-VALUE})")
    long queryTimeout;

    @Option(names = "--concurrent-requests", paramLabel = "N",
            description = "most requests reading the graph at once; the others wait their turn (up to three times the query time limit, "
                    + "30 s by default), then get 503 (default: two per processor, here ${DEFAULT-VALUE}; 0 for no bound)")
    int concurrentRequests = ServerOptions.DEFAULT_CONCURRENT_REQUESTS;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000",
            description = "most rows in one /kg/sparql result; larger results are cut and say so in the X-Scamkg-Row-Limit header (default: ${DEFAULT-VALUE}; 0 for none)")
    long maxRows;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "512",
            description = "largest Graph Store upload to /kg/data, in MiB (default: ${DEFAULT-VALUE}); queries are bounded at 1 MiB, updates at 10 MiB")
    long maxUploadMb;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "the URL the server is reached at behind a proxy, e.g. https://kg.example.org; advertised in /void (default: its own address)")
    String publicUrl;

    @Option(names = "--reload", description = "load data/ before serving even when the store was restored from a backup or is current")
    boolean reload;

    @Option(names = "--queries", paramLabel = "DIR", description = "the canned queries served at /queries (default: queries/ of the project)")
    Path queries;

    @Mixin StoreOptions store;
    @Mixin DataOptions data;
    @Mixin EngineOptions engine;
    @Spec CommandSpec spec;

    @Override
    public void run() {
        Optional<EndpointEngine> external = engine.engine(data.layout());
        if (external.isEmpty()) try (KgStore s = store.open()) {
            StoreAutoLoad.ifEmptyOrChanged(s, data.layout(), spec.commandLine().getErr(), reload);
        }
        ServerOptions options = new ServerOptions(host, port, store.storeDir(), store.configDir(), Home.orDefault(queries, "queries"),
                Optional.ofNullable(passwd).map(p -> p.toAbsolutePath().normalize()), queryTimeout,
                maxRows, maxUploadMb * 1024 * 1024, Optional.ofNullable(publicUrl)).withConcurrentRequests(concurrentRequests);
        KgServer server = KgServer.create(external.map(options::over).orElse(options)).start();
        if (external.isEmpty()) RunningServer.announce(store.storeDir(), RunningServer.clientBase(host, server.port()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (external.isEmpty()) RunningServer.withdraw(store.storeDir());
            server.stop();
            LOG.info("scamkg stopped");
        }, "scamkg-shutdown"));
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
        LOG.info("scamkg ready: {}/ (SPARQL endpoint {}/kg/sparql{}{})", base, base, passwd != null ? ", writes enabled" : "",
                external.map(e -> ", over " + e.endpoint().queryUrl()).orElse(""));
        server.join();
    }
}
