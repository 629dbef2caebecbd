package org.scamkg.serve;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
 * uploads to {@code /kg/data} the upload limit, except formats that are parsed whole in memory
 * (JSON-LD, RDF/JSON): their parse tree takes tens of times their size, so they get at most
 * {@link #WHOLE_DOCUMENT_BYTES}; the streamed formats (N-Triples, Turtle, N-Quads, TriG,
 * RDF/XML) keep the upload limit. A declared length over the limit gets 413 before anything is
 * read. Without a declared length (chunked), a form gets 411 (the container parses forms past
 * this filter), a query or update body is read here and gets 413 past the limit, and an upload is
 * counted as it is read and fails at the limit.
 */
final class RequestSizeLimit implements Filter {
    static final long QUERY_BYTES = 1024 * 1024;
    /** The largest upload in a format parsed whole in memory: a few hundred MiB of heap at most. */
    static final long WHOLE_DOCUMENT_BYTES = 16L * 1024 * 1024;
    private static final Set<String> WHOLE_DOCUMENT_TYPES = Set.of("application/ld+json", "application/rdf+json", "application/json");
    private final Map<String, Long> byPath;

    RequestSizeLimit(long uploadBytes) {
        this.byPath = Map.of("/" + KgServer.SERVICE + "/update", (long) GuardedUpdate.MAX_UPDATE_BYTES,
                "/" + KgServer.SERVICE + "/data", uploadBytes);
    }

    long limitFor(String path) { return byPath.getOrDefault(path, QUERY_BYTES); }

    /** The limit for a body of this media type sent to this path. */
    long limitFor(String path, String contentType) {
        long limit = limitFor(path);
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return WHOLE_DOCUMENT_TYPES.contains(type) ? Math.min(limit, WHOLE_DOCUMENT_BYTES) : limit;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        long limit = limitFor(request.getRequestURI(), request.getContentType());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            HttpReplies.send((HttpServletResponse) resp, 413, "text/plain",
                    "request body of " + declared + " bytes is over this endpoint's limit of " + limit + " bytes" + whyLower(request, limit) + "\n");
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, resp);
            return;
        }
        // No declared length (chunked). A form must declare one: the servlet container parses
        // forms itself, past this filter's count. Other bodies of the query and update endpoints
        // are read here, up to the limit, so that going over it is a clear 413; uploads stream.
        if ("application/x-www-form-urlencoded".equals(WriteRequestCheck.mediaType(request.getContentType()))
                || WriteRequestCheck.mediaType(request.getContentType()).startsWith("multipart/")) {
            HttpServletResponse r = (HttpServletResponse) resp;
            r.setHeader("Connection", "close");
            HttpReplies.send(r, 411, "text/plain", "a form must declare its Content-Length (at most " + limit + " bytes here)\n");
            return;
        }
        if (limit <= GuardedUpdate.MAX_UPDATE_BYTES) {
            byte[] body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                HttpServletResponse r = (HttpServletResponse) resp;
                r.setHeader("Connection", "close");
                HttpReplies.send(r, 413, "text/plain", "request body over this endpoint's limit of " + limit + " bytes\n");
                return;
            }
            chain.doFilter(new Buffered(request, body), resp);
            return;
        }
        chain.doFilter(new Bounded(request, limit), resp);
    }

    /** A request whose body was read whole (here, or before a turn: {@link QueryAdmission}): served from memory with its length. */
    static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private ServletInputStream stream;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }
        @Override public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
                stream = new ServletInputStream() {
                    @Override public int read() { return in.read(); }
                    @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
                    @Override public boolean isFinished() { return in.available() == 0; }
                    @Override public boolean isReady() { return true; }
                    @Override public void setReadListener(ReadListener l) { throw new IllegalStateException("not asynchronous"); }
                };
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }

    private String whyLower(HttpServletRequest request, long limit) {
        return limit < limitFor(request.getRequestURI())
                ? " for this format (it is parsed whole in memory; send large data as N-Triples, Turtle, N-Quads or TriG)" : "";
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
