package org.scamkg.serve.pages;

import org.scamkg.site.Templates;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/** What every page shares: sending a rendered page, and a 404. */
final class Site {
    private Site() {}

    static void send(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A 404 in the negotiated form: the site's page for a browser, a line of text or JSON for a client ({@link ErrorPages}). */
    static void notFound(HttpServletResponse resp, String path) throws IOException {
        resp.sendError(404, "nothing in the graph is identified by " + path);
    }

    /** The values every page's layout reads: its title. */
    static Map<String, Object> page(String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        return m;
    }

    /** A link with its text: what templates render as {@code <a href="{{href}}">{{text}}</a>}. */
    record Link(String href, String text) {}
}
