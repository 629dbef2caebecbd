package org.scamkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The editor's files under {@code /static/}: the site's 404 for a folder (no listing of what is
 * there) and for a file that is not in the editor's jar (the file server once answered 500 with
 * the name of a Java exception). Files that exist are served as before.
 */
final class StaticFiles implements Filter {
    private final URI editorBase;

    StaticFiles(URI editorBase) { this.editorBase = editorBase; }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.startsWith("/static/") && (path.endsWith("/") || !exists(path.substring(1)))) {
            ((HttpServletResponse) response).sendError(404);
            return;
        }
        if (path.equals("/static")) {
            ((HttpServletResponse) response).sendError(404);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean exists(String resource) {
        if (!resource.matches("static/[A-Za-z0-9._-]+")) return false;
        // A jar: URI is opaque: resolve() does not apply, so the path is appended.
        try (InputStream in = URI.create(editorBase + resource).toURL().openStream()) {
            return in != null;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
