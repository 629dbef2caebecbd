package org.scamkg.serve.pages;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries, set in this one place: a Content-Security-Policy that lets
 * a page load scripts, styles, fonts and images from this server only (no inline script, nothing
 * fetched from elsewhere, not framed by other sites), and {@code X-Content-Type-Options: nosniff}.
 * Inline styles stay allowed because the query editor's code editor positions its text with them.
 */
public final class SecurityHeaders implements Filter {
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }
}
