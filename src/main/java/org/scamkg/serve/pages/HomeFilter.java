package org.scamkg.serve.pages;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.scamkg.query.QueryCatalog;

/**
 * {@code /}: our home page, in place of the query editor's dataset list (the editor lives at
 * {@code /editor/}). A filter, because the editor's static files are served from the root.
 */
final class HomeFilter implements Filter {
    private final QueryCatalog catalog;
    private final Supplier<Dataset> dataset;
    private final long timeoutMillis;

    HomeFilter(QueryCatalog catalog, Supplier<Dataset> dataset, long timeoutMillis) {
        this.catalog = catalog;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!req.getRequestURI().equals("/") || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        Site.send((HttpServletResponse) response, 200, "text/html", HomePage.render(catalog, dataset.get(), timeoutMillis));
    }
}
