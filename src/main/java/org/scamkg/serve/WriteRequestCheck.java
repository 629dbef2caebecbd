package org.scamkg.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.RDFLanguages;

/**
 * Cross-site request forgery on the write endpoints. A browser that has cached a curator's basic
 * credentials sends them with any request to this server, also one a hostile page makes it send.
 * So a write ({@code POST}, {@code PUT}, {@code DELETE}, {@code PATCH} to {@code /kg/update} or
 * {@code /kg/data}) is refused with 403 when it names another site as its {@code Origin} (or,
 * without an Origin, as its {@code Referer}); clients that are not browsers send neither and are
 * unaffected. That is safe only because a browser cannot send a write without naming its origin:
 * under the Fetch standard every POST, PUT, DELETE or PATCH a page makes carries {@code Origin}
 * (the page's origin, or "null" under {@code Referrer-Policy: no-referrer} or from a sandboxed
 * frame, which is refused too), and PUT, DELETE and PATCH across sites need a CORS preflight
 * first. So a write with neither header comes from a program, which must still hold the
 * credentials (401 otherwise). WebAttacksIT checks this in Chromium. And a write must have a content type a SPARQL or Graph Store client sends: an
 * update as {@code application/sparql-update} or a form, an upload in an RDF format. Plain text
 * and multipart forms, which a page can post without the browser asking first, get 415.
 */
final class WriteRequestCheck implements Filter {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> UPDATE_TYPES = Set.of("application/sparql-update", "application/x-www-form-urlencoded");
    private final String updatePath = "/" + KgServer.SERVICE + "/update";
    private final String dataPath = "/" + KgServer.SERVICE + "/data";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getRequestURI();
        boolean write = WRITES.contains(request.getMethod()) && (path.equals(updatePath) || path.equals(dataPath));
        if (!write) {
            chain.doFilter(req, resp);
            return;
        }
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        String claimed = origin != null ? origin : referer;
        // A refused write's body is not read: the connection closes after the reply, so no client reuses it mid-body.
        if (claimed != null && !sameSite(claimed, request)) {
            ((HttpServletResponse) resp).setHeader("Connection", "close");
            HttpReplies.send((HttpServletResponse) resp, 403, "text/plain",
                    "a write from another site is refused (" + (origin != null ? "Origin" : "Referer") + " does not name this server)\n");
            return;
        }
        String type = mediaType(request.getContentType());
        boolean hasBody = !"DELETE".equals(request.getMethod());
        if (hasBody && !acceptable(path, type)) {
            ((HttpServletResponse) resp).setHeader("Connection", "close");
            HttpReplies.send((HttpServletResponse) resp, 415, "text/plain", (path.equals(updatePath)
                    ? "send an update as application/sparql-update or as a form (update=…)"
                    : "send data in an RDF format (text/turtle, application/n-triples, application/n-quads, application/trig, application/rdf+xml, application/ld+json …)")
                    + (type.isEmpty() ? "; the request has no Content-Type" : "; " + type + " is not accepted") + "\n");
            return;
        }
        chain.doFilter(req, resp);
    }

    private boolean acceptable(String path, String type) {
        if (path.equals(updatePath)) return UPDATE_TYPES.contains(type);
        return !type.isEmpty() && !type.startsWith("text/plain") && RDFLanguages.contentTypeToLang(type) != null;
    }

    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether an Origin or Referer names the host (and port, when the request's Host has one)
     * the request was sent to. "null" and anything unparsable name no site: refused.
     */
    static boolean sameSite(String claimed, HttpServletRequest request) {
        URI u;
        try {
            u = URI.create(claimed.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String host = request.getHeader("Host");
        if (u.getHost() == null || host == null || !("http".equals(u.getScheme()) || "https".equals(u.getScheme()))) return false;
        URI self;
        try {
            self = URI.create("http://" + host.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (self.getHost() == null || !self.getHost().equalsIgnoreCase(u.getHost())) return false;
        if (self.getPort() == -1) return true; // behind a proxy on the default port: the host decides
        int port = u.getPort() != -1 ? u.getPort() : "https".equals(u.getScheme()) ? 443 : 80;
        return port == self.getPort();
    }
}
