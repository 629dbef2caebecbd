package org.scamkg.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * At most {@code permits} requests that read the graph run at once ({@code serve
 * --concurrent-requests}, two per processor by default); the others wait their turn, first come
 * first served, for up to {@link #waitSeconds} (three times the query time limit), then get 503
 * with Retry-After.
 *
 * <p>Without it, every request ran at once and shared the processors: at 10 M quads, 16 clients
 * asking for hubs' pages and whole-graph questions (about 2 s of work each, alone) each took
 * several times as long, past the 10 s time limit, so about half of them were stopped after doing
 * most of their work, and that work was lost (BENCHMARKS.md, "Requests in turn"). In turn, each
 * runs at about the speed it runs alone, within its limit; the queue holds the rest. The time
 * limit counts from a request's turn, not from its arrival.
 *
 * <p>A turn is for work, not for waiting on a client: a request's body is read before its turn
 * (a client sending its query slowly holds no turn; bodies are bounded by {@link RequestSizeLimit}
 * and {@link SlowBodyGuard}), and the turn ends as soon as the reply is committed, its first
 * bytes sent (a client reading a long answer slowly holds no turn either; the answer's own time
 * limit still bounds it). Not queued at all: static files, Fuseki's admin paths ({@code /$/})
 * and the write endpoints (TDB2 runs one writer at a time anyway, and a load must not wait behind
 * readers).
 */
final class QueryAdmission implements Filter {
    /** Writes are passed on in pieces of this size, so that a reply's commit is seen before a long write blocks on its client. */
    private static final int PIECE = 8 * 1024;
    private final Semaphore turns;
    private final int permits;
    private final long waitSeconds;

    QueryAdmission(int permits, long waitSeconds) {
        if (permits < 1) throw new IllegalArgumentException("at least one request must be able to run: " + permits);
        this.permits = permits;
        this.turns = new Semaphore(permits, true);
        this.waitSeconds = waitSeconds;
    }

    /** How long a request waits for its turn: three times the query time limit. */
    static long waitSeconds(long queryTimeoutSeconds) {
        return 3 * queryTimeoutSeconds;
    }

    /** Paths that never read the graph, or must not wait behind readers. */
    static boolean exempt(String path) {
        return path.startsWith("/assets/") || path.startsWith("/static/") || path.startsWith("/editor/") || path.startsWith("/webjars/")
                || path.startsWith("/$/") || path.equals("/" + KgServer.SERVICE + "/update") || path.equals("/" + KgServer.SERVICE + "/data")
                || path.equals("/favicon.ico") || path.equals("/robots.txt");
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (exempt(req.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest read = bodyRead(req);
        boolean admitted;
        try {
            admitted = turns.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            resp.setHeader("Retry-After", "10");
            ErrorPages.send(req, resp, 503, "The server is busy: " + permits + " requests are running and this one waited "
                    + waitSeconds + " s for its turn. Try again shortly.");
            return;
        }
        Turn turn = new Turn();
        try {
            chain.doFilter(read, new TurnEndsAtCommit(resp, turn));
        } finally {
            turn.end();
        }
    }

    /** The request with its body already read: a form's parameters parsed, any other body kept in memory. */
    private static HttpServletRequest bodyRead(HttpServletRequest req) throws IOException {
        boolean hasBody = req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
        if (!hasBody) return req;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            req.getParameterMap(); // the container reads and parses the form now
            return req;
        }
        if (req instanceof RequestSizeLimit.Buffered) return req; // a chunked body, read whole already
        return new RequestSizeLimit.Buffered(req, req.getInputStream().readAllBytes());
    }

    /** One request's turn, ended once. */
    private final class Turn {
        private final AtomicBoolean ended = new AtomicBoolean();

        void end() {
            if (ended.compareAndSet(false, true)) turns.release();
        }
    }

    /** Ends the turn as soon as the reply is committed. */
    private static final class TurnEndsAtCommit extends HttpServletResponseWrapper {
        private final Turn turn;
        private ServletOutputStream stream;
        private PrintWriter writer;

        TurnEndsAtCommit(HttpServletResponse resp, Turn turn) {
            super(resp);
            this.turn = turn;
        }

        private void check() {
            if (isCommitted()) turn.end();
        }

        @Override
        public void flushBuffer() throws IOException {
            super.flushBuffer();
            check();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override public void write(int b) throws IOException { out.write(b); check(); }
                    @Override public void write(byte[] b, int off, int len) throws IOException {
                        for (int n; len > 0; off += n, len -= n) {
                            n = Math.min(len, PIECE);
                            out.write(b, off, n);
                            check();
                        }
                    }
                    @Override public void flush() throws IOException { out.flush(); check(); }
                    @Override public void close() throws IOException { out.close(); check(); }
                    @Override public boolean isReady() { return out.isReady(); }
                    @Override public void setWriteListener(WriteListener l) { out.setWriteListener(l); }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter out = super.getWriter();
                writer = new PrintWriter(out) {
                    @Override public void write(int c) { super.write(c); check(); }
                    @Override public void write(char[] b, int off, int len) {
                        for (int n; len > 0; off += n, len -= n) {
                            n = Math.min(len, PIECE);
                            super.write(b, off, n);
                            check();
                        }
                    }
                    @Override public void write(String s, int off, int len) {
                        for (int n; len > 0; off += n, len -= n) {
                            n = Math.min(len, PIECE);
                            super.write(s, off, n);
                            check();
                        }
                    }
                    @Override public void flush() { super.flush(); check(); }
                };
            }
            return writer;
        }
    }
}
