package org.scamkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.scamkg.serve.pages.ErrorPages;

/**
 * Fuseki's own error replies ({@code /kg/…}, {@code /$/…}) in the site's words. Fuseki writes an
 * error itself, as plain text, without Jetty's error handler: a browser got text, and a message
 * built from an exception named its Java class ({@code java.util.regex.PatternSyntaxException}).
 * Here such a reply is caught before it leaves, its message cleaned ({@link ErrorText}) and sent
 * again in the negotiated form ({@link ErrorPages}). And a query string or form that is not
 * percent-encoded UTF-8 ({@code %FF}) is a 400 here, where Fuseki answered 500.
 *
 * <p>An error after the reply's status went out (a query that reaches its time limit when its
 * rows have already streamed past the response buffer) cannot change the status any more:
 * Fuseki then wrote its message after the rows and ended the reply normally, so a client got a
 * 200 with rows missing and a last line "Query timed out" (in a CSV file, a row like any other).
 * Here the message is dropped and the connection cut before the end of the body, which every
 * HTTP client reports as an incomplete reply ({@code StreamedAnswerCutIT}).
 */
final class FusekiErrorReplies implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (!(path.startsWith("/" + KgServer.SERVICE + "/") || path.startsWith("/$/"))) {
            chain.doFilter(request, response);
            return;
        }
        try {
            req.getParameterMap();
        } catch (RuntimeException e) {
            ErrorPages.send(req, resp, 400, "the request's parameters are not valid: they must be percent-encoded UTF-8");
            return;
        }
        Capture capture = new Capture(resp);
        chain.doFilter(request, capture);
        capture.finish(req);
    }

    /**
     * Thrown after an error struck a reply already committed: Jetty then aborts the reply (the
     * connection closes without the body's end). Quiet: Fuseki has logged the error itself.
     */
    static final class ReplyCut extends IOException implements org.eclipse.jetty.io.QuietException {
        ReplyCut(int status) { super("the reply was cut: status " + status + " came after its first bytes had been sent"); }
    }

    /** Passes a reply through, unless an error status is set before its body: then the body is kept back. */
    private static final class Capture extends HttpServletResponseWrapper {
        private int status = 200;
        private ByteArrayOutputStream kept;
        private PrintWriter writer;
        /** An error status set after the reply was committed: the reply must not end normally. */
        private boolean cut;

        Capture(HttpServletResponse resp) { super(resp); }

        private boolean error() { return status >= 400 && !getResponse().isCommitted(); }

        @Override public void setStatus(int sc) {
            status = sc;
            if (sc >= 400 && getResponse().isCommitted()) {
                cut = true;
                if (kept == null) kept = new ByteArrayOutputStream(); // the message is kept back, never appended to the rows
            }
            super.setStatus(sc);
        }

        @Override public void setContentLength(int len) { if (!error()) super.setContentLength(len); }

        @Override public void setContentLengthLong(long len) { if (!error()) super.setContentLengthLong(len); }

        @Override public ServletOutputStream getOutputStream() throws IOException {
            if (!error() && kept == null) return super.getOutputStream();
            if (kept == null) kept = new ByteArrayOutputStream();
            return new ServletOutputStream() {
                @Override public void write(int b) { kept.write(b); }
                @Override public void write(byte[] b, int off, int len) { kept.write(b, off, len); }
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener l) { throw new UnsupportedOperationException(); }
            };
        }

        @Override public PrintWriter getWriter() throws IOException {
            if (!error() && kept == null) return super.getWriter();
            if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            return writer;
        }

        @Override public void flushBuffer() throws IOException { if (kept == null) super.flushBuffer(); }

        void finish(HttpServletRequest req) throws IOException {
            if (cut) throw new ReplyCut(status);
            if (kept == null) return;
            if (writer != null) writer.flush();
            ErrorPages.send(req, (HttpServletResponse) getResponse(), status, kept.toString(StandardCharsets.UTF_8));
        }
    }
}
