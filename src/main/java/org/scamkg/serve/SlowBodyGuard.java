package org.scamkg.serve;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slow request bodies. A servlet that reads a body holds a thread until the body has arrived,
 * so a few dozen connections sending their bodies a byte at a time once held every thread and
 * no other request was answered. Two bounds: at most {@code readers} requests read a body at
 * once (the rest of the threads stay free for requests without one; a body over that share gets
 * 503 at once, with Retry-After); and a body must keep arriving at {@value #MIN_BYTES_PER_SECOND}
 * bytes a second on average after a grace of {@value #GRACE_SECONDS} s, else the read fails and
 * the thread is free again. A 512 MiB upload at that rate takes nine hours: real clients are
 * far faster.
 */
final class SlowBodyGuard implements Filter {
    static final long GRACE_SECONDS = 10;
    static final long MIN_BYTES_PER_SECOND = 16 * 1024;
    private final Semaphore readers;
    private final int share;

    SlowBodyGuard(int readers) {
        this.share = readers;
        this.readers = new Semaphore(readers);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.doFilter(req, resp);
            return;
        }
        if (!readers.tryAcquire()) {
            HttpServletResponse r = (HttpServletResponse) resp;
            r.setHeader("Retry-After", "5");
            r.setHeader("Connection", "close");
            HttpReplies.send(r, 503, "text/plain", "the server is reading " + share + " request bodies already; try again shortly\n");
            return;
        }
        try {
            chain.doFilter(new RateChecked(request), resp);
        } finally {
            readers.release();
        }
    }

    /** A request whose body stream fails once the body arrives slower than the minimum rate. */
    private static final class RateChecked extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        RateChecked(HttpServletRequest request) { super(request); }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Timed(super.getInputStream());
            return stream;
        }
    }

    private static final class Timed extends ServletInputStream {
        private final ServletInputStream in;
        private final long start = System.nanoTime();
        private long read;

        Timed(ServletInputStream in) { this.in = in; }

        private int count(int n) throws IOException {
            if (n > 0) read += n;
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            if (seconds > GRACE_SECONDS && read < (seconds - GRACE_SECONDS) * MIN_BYTES_PER_SECOND)
                throw new IOException("request body arriving too slowly (" + read + " bytes in " + seconds + " s)");
            return n;
        }

        @Override public int read() throws IOException {
            int b = in.read();
            count(b >= 0 ? 1 : 0);
            return b;
        }
        @Override public int read(byte[] b, int off, int len) throws IOException { return count(in.read(b, off, len)); }
        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener l) { in.setReadListener(l); }
    }
}
