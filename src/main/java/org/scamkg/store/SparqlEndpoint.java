package org.scamkg.store;

import java.net.URI;
import java.util.Optional;

import org.apache.jena.http.auth.AuthEnv;

/**
 * An external SPARQL 1.1 query endpoint, with the credentials to use there when it wants them.
 * Credentials come from the environment ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}),
 * never from the command line; they are registered with Jena's HTTP layer for this URL only, which
 * answers a challenge with Basic or Digest authentication as the endpoint asks.
 */
public record SparqlEndpoint(String queryUrl, Optional<String> user) {
    public static final String USER_VARIABLE = "SCAMKG_SPARQL_USER";
    public static final String PASSWORD_VARIABLE = "SCAMKG_SPARQL_PASSWORD";

    public SparqlEndpoint {
        URI u;
        try {
            u = URI.create(queryUrl);
        } catch (IllegalArgumentException e) {
            throw new StoreException("not a SPARQL endpoint URL: '" + queryUrl + "'");
        }
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null)
            throw new StoreException("a SPARQL endpoint is an http:// or https:// URL, not '" + queryUrl + "'");
    }

    /** The endpoint at {@code url}, with the user and password of the environment when both are set. */
    public static SparqlEndpoint fromEnvironment(String url) {
        String user = System.getenv(USER_VARIABLE);
        String password = System.getenv(PASSWORD_VARIABLE);
        if (user != null && password == null)
            throw new StoreException(USER_VARIABLE + " is set but " + PASSWORD_VARIABLE + " is not: give both, or neither");
        SparqlEndpoint e = new SparqlEndpoint(url, Optional.ofNullable(user));
        if (user != null) e.register(user, password);
        return e;
    }

    /** Registers credentials for this endpoint's URL with Jena's HTTP layer (Basic or Digest, as the endpoint challenges). */
    public SparqlEndpoint withCredentials(String user, String password) {
        SparqlEndpoint e = new SparqlEndpoint(queryUrl, Optional.of(user));
        e.register(user, password);
        return e;
    }

    private void register(String user, String password) {
        AuthEnv.get().registerUsernamePassword(URI.create(queryUrl), user, password);
    }
}
