package org.scamkg.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Browser-side defences on every response, errors and 401s included: a Content-Security-Policy
 * that lets pages load script, styles and data only from this server (so text that slips into a
 * page unescaped cannot run), {@code nosniff} (a text/plain error stays text), and no framing by
 * other sites (clickjacking of the editor). It wraps the whole Jetty server rather than being a
 * servlet filter, because the credentials check answers 401 before any filter runs.
 *
 * <p>Styles may be inline: the pages carry one {@code <style>} block and the editor sets element
 * styles. Scripts may not: only files served from here run.
 */
public final class SecurityHeaders extends Handler.Wrapper {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    SecurityHeaders(Handler wrapped) { super(wrapped); }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        set(response.getHeaders());
        return super.handle(request, response, callback);
    }

    public static void set(HttpFields.Mutable h) {
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "same-origin");
    }
}
