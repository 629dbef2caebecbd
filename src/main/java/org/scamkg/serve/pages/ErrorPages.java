package org.scamkg.serve.pages;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.QuotedQualityCSV;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.scamkg.serve.ErrorText;
import org.scamkg.serve.SecurityHeaders;
import org.scamkg.site.Templates;

/**
 * Every error reply Jetty or Fuseki makes (a path with no page, a bad query, a wrong method, an
 * undecodable URL, headers too large) in the site's own words: a browser gets the site's 404 or
 * error page, a client that asks for JSON a small JSON object, any other client one line of
 * plain text. Messages are cleaned by {@link ErrorText} (no Java class names, no stack frames),
 * and the replies carry the security headers. It replaces Fuseki's error handler, which answers
 * browsers with Jetty's stock "HTTP ERROR" page.
 */
public final class ErrorPages extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
        setShowOrigin(false);
    }

    /** A reply in one of the three forms, chosen by the Accept header as Jetty chooses: in the client's order of preference. */
    record Reply(String contentType, String body) {
        byte[] bytes() { return body.getBytes(StandardCharsets.UTF_8); }
    }

    /** The reply for a client that accepts {@code accept}: HTML, JSON, or (for anything else, {@code *}{@code /*} too) plain text. */
    static Reply reply(String accept, int code, String path, String message) {
        if (accept != null) {
            QuotedQualityCSV preferred = new QuotedQualityCSV(QuotedQualityCSV.MOST_SPECIFIC_MIME_ORDERING);
            preferred.addValue(accept);
            for (String type : preferred.getValues()) {
                Optional<Reply> r = reply(type, code, path, message, false);
                if (r.isPresent()) return r.get();
            }
        }
        return reply("text/plain", code, path, message, true).orElseThrow();
    }

    private static Optional<Reply> reply(String type, int code, String path, String message, boolean fallback) {
        String text = ErrorText.clean(message, code);
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "text/html", "application/xhtml+xml" -> Optional.of(new Reply("text/html;charset=utf-8", html(code, path, text)));
            case "application/json", "text/json" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("status", code);
                m.put("error", text);
                try {
                    yield Optional.of(new Reply("application/json;charset=utf-8", JSON.writeValueAsString(m) + "\n"));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "text/plain", "*/*", "text/*" -> Optional.of(new Reply("text/plain;charset=utf-8", plain(code, text)));
            default -> fallback ? Optional.of(new Reply("text/plain;charset=utf-8", plain(code, text))) : Optional.empty();
        };
    }

    /** Writes the negotiated error reply on a servlet response that is not yet committed. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, int code, String message) throws IOException {
        Reply r = reply(req.getHeader("Accept"), code, req.getRequestURI(), message);
        resp.resetBuffer();
        resp.setStatus(code);
        resp.setContentType(r.contentType());
        byte[] bytes = r.bytes();
        resp.setContentLength(bytes.length);
        resp.setHeader("Cache-Control", "must-revalidate,no-cache,no-store");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) throws IOException {
        Reply r = reply(request.getHeaders().get(HttpHeader.ACCEPT), code, request.getHttpURI().getPath(), message);
        SecurityHeaders.set(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, r.contentType());
        response.write(true, ByteBuffer.wrap(r.bytes()), callback);
    }

    /** Requests Jetty refuses before they are read whole (a bad request line, headers too large). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.set(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        return ByteBuffer.wrap(plain(status, ErrorText.clean(reason, status)).getBytes(StandardCharsets.UTF_8));
    }

    static String plain(int code, String text) {
        String reason = HttpStatus.getMessage(code);
        return "Error " + code + (text.equals(reason) ? ": " + reason : " (" + reason + "): " + text) + "\n";
    }

    /** The site's page for an error: the 404 page, or a page with the status and what went wrong. */
    static String html(int code, String path, String text) {
        if (code == HttpStatus.NOT_FOUND_404) {
            Map<String, Object> m = Site.page("Not found");
            m.put("path", path == null ? "" : path);
            return Templates.render("notfound", m);
        }
        Map<String, Object> m = Site.page(HttpStatus.getMessage(code));
        m.put("status", code);
        m.put("message", text);
        return Templates.render("error", m);
    }
}
