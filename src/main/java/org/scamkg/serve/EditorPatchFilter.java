package org.scamkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's browser editor, served at {@code /editor/} (the home page has {@code /}), patched:
 * its page loads {@code /queries/examples.js} first, so its query view offers the canned
 * questions as examples, and {@code /assets/editor.js}, which points result links at our local
 * pages; its query view takes prefix completions from {@code /assets/prefixes.json} instead of
 * a remote service; its main script finds the endpoints at the root, not under {@code /editor/};
 * {@code /assets/editor.css} hides what the read-only server does not offer (dataset management,
 * uploads, edits). If a future editor no longer has the expected code, it is served unchanged
 * (with one warning) and a test says so.
 */
final class EditorPatchFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger("scamkg");
    static final String BUILT_IN_EXAMPLES =
            "queries:[{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}]";
    static final String PATCHED_EXAMPLES =
            "queries:(window.SCAMKG_EXAMPLES||[]).concat([{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"},{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"}])";
    static final String SCRIPT_TAG = "<script src=\"/queries/examples.js\"></script>\n    <script src=\"/assets/editor.js\"></script>";
    static final String REMOTE_PREFIXES = "(window.location.protocol.indexOf(\"http\")===0?\"//\":\"http://\")+\"prefix.cc/popular/all.file.json\"";
    static final String LOCAL_PREFIXES = "\"/assets/prefixes.json\"";
    private static final Pattern QUERY_VIEW = Pattern.compile("/static/Query-[A-Za-z0-9_-]+\\.js");
    /** The editor's main script: it finds the server's endpoints from the page's path, which is now /editor/. */
    private static final Pattern MAIN = Pattern.compile("/static/index-[A-Za-z0-9_-]+\\.js");
    static final String PATH_FROM_PAGE = "this.pathname=t.pathname";
    static final String PATH_AT_ROOT = "this.pathname=\"/\"";

    private final URI editorBase;
    private final Map<String, byte[]> patched = new ConcurrentHashMap<>();

    EditorPatchFilter(URI editorBase) { this.editorBase = editorBase; }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = req.getRequestURI();
        if (!"GET".equals(req.getMethod()) || !(path.equals("/editor") || path.equals("/editor/") || path.equals("/index.html")
                || QUERY_VIEW.matcher(path).matches() || MAIN.matcher(path).matches())) {
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/editor") || path.equals("/index.html")) {
            ((HttpServletResponse) response).sendRedirect("/editor/");
            return;
        }
        String resource = path.equals("/editor/") ? "index.html" : path.substring(1);
        byte[] body = patched.computeIfAbsent(resource, this::patch);
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setContentType(resource.endsWith(".js") ? "text/javascript" : "text/html");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(body);
    }

    private byte[] patch(String resource) {
        String text;
        // A jar: URI is opaque: resolve() does not apply, so the path is appended.
        try (InputStream in = URI.create(editorBase + resource).toURL().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("editor file missing: " + resource, e);
        }
        String out = resource.equals("index.html")
                ? text.replace("<script type=\"module\"", SCRIPT_TAG + "\n    <script type=\"module\"").replace("\"./", "\"/")
                        .replace("</head>", "<link rel=\"stylesheet\" href=\"/assets/editor.css\">\n  </head>")
                : MAIN.matcher("/" + resource).matches() ? text.replace(PATH_FROM_PAGE, PATH_AT_ROOT)
                : text.replace(BUILT_IN_EXAMPLES, PATCHED_EXAMPLES).replace(REMOTE_PREFIXES, LOCAL_PREFIXES);
        if (out.equals(text)) LOG.warn("the query editor's {} is not the expected version; its examples are not extended", resource);
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
