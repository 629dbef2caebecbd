package org.scamkg.serve;

import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty would answer with a 500 naming a Java error, refused first with a 4xx in the
 * site's words: Basic credentials that are not base64 (the credentials check failed with
 * "Illegal base64 character"), and a body in a character set Java does not know (reading the
 * content type threw {@code UnsupportedCharsetException} in every filter and servlet). A handler
 * around the whole server, because the credentials check runs before any servlet filter.
 */
final class MalformedRequests extends Handler.Wrapper {
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)", Pattern.CASE_INSENSITIVE);

    MalformedRequests(Handler wrapped) { super(wrapped); }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!wellFormedCredentials(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            Response.writeError(request, response, callback, 400, "the Authorization header is not valid Basic credentials (base64 of user:password)");
            return true;
        }
        String charset = charset(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        if (charset != null && !supported(charset)) {
            Response.writeError(request, response, callback, 415, "unknown character set in the Content-Type: send UTF-8");
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** No header, another scheme, or Basic with valid base64. */
    static boolean wellFormedCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) return true;
        try {
            Base64.getDecoder().decode(authorization.substring(6).strip());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String charset(String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean supported(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
