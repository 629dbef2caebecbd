package org.scamkg.serve;

import java.io.IOException;
import java.util.Map;

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
 * Bounds every request body, so no client can make the server buffer or parse without end.
 * Queries and forms get {@link #QUERY_BYTES}; {@code /kg/update} the update limit; Graph Store
 * uploads to {@code /kg/data} the upload limit. A declared length over the limit gets 413 before
 * anything is read; a chunked body is counted as it is read and fails at the limit.
 */
final class RequestSizeLimit implements Filter {
    static final long QUERY_BYTES = 1024 * 1024;
    private final Map<String, Long> byPath;

    RequestSizeLimit(long uploadBytes) {
        this.byPath = Map.of("/" + KgServer.SERVICE + "/update", (long) GuardedUpdate.MAX_UPDATE_BYTES,
                "/" + KgServer.SERVICE + "/data", uploadBytes);
    }

    long limitFor(String path) { return byPath.getOrDefault(path, QUERY_BYTES); }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        long limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            HttpReplies.send((HttpServletResponse) resp, 413, "text/plain",
                    "request body of " + declared + " bytes is over this endpoint's limit of " + limit + " bytes\n");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Bounded(request, limit), resp);
    }

    /** A request whose body stream fails once more than {@code limit} bytes have been read. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) stream = new Counting(super.getInputStream(), limit);
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        private int count(int n) throws IOException {
            if (n > 0 && (read += n) > limit) throw new IOException("request body over this endpoint's limit of " + limit + " bytes");
            return n;
        }

        @Override public int read() throws IOException {
            int b = in.read();
            if (b >= 0) count(1);
            return b;
        }
        @Override public int read(byte[] b, int off, int len) throws IOException { return count(in.read(b, off, len)); }
        @Override public boolean isFinished() { return in.isFinished(); }
        @Override public boolean isReady() { return in.isReady(); }
        @Override public void setReadListener(ReadListener l) { in.setReadListener(l); }
    }
}
