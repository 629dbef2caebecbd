package org.scamkg.serve.pages;

import org.scamkg.site.Templates;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.scamkg.vocab.Prefixes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /assets/…}: the site's style sheet and scripts from the jar, and under
 * {@code /assets/lib/} the JavaScript libraries pinned as WebJars: nothing is loaded from a CDN,
 * so the pages work offline.
 */
final class Assets extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String OWN = Templates.ASSETS;
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript", "json", "application/json",
            "svg", "image/svg+xml", "png", "image/png", "woff2", "font/woff2", "map", "application/json");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.contains("..") || path.contains("//") || !path.matches("/[A-Za-z0-9._/@-]+")) {
            resp.sendError(404);
            return;
        }
        if (path.equals("/prefixes.json")) {
            // The editor's prefix autocompletion, from our own prefixes instead of a remote service.
            Site.send(resp, 200, "application/json", new ObjectMapper().writeValueAsString(Prefixes.standard().getNsPrefixMap()));
            return;
        }
        String resource = path.startsWith("/lib/") ? WEBJARS + path.substring("/lib/".length()) : OWN + path.substring(1);
        String ext = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        try (InputStream in = type == null ? null : Assets.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setStatus(200);
            resp.setContentType(type);
            if (type.startsWith("text/") || type.endsWith("json")) resp.setCharacterEncoding("UTF-8");
            resp.setHeader("Cache-Control", "public, max-age=3600");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
