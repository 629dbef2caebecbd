package org.scamkg.store;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a backup's N-Quads as they pass to the parser and checks that the backup vouches for
 * them: a backup ends with a line {@value #END}{@code <n> quads, sha256 <hex>} over every byte
 * before it, and a restore commits only when that line is there, is the last, and agrees with
 * what was read. So an empty, cut or altered backup is refused. Lines are bounded
 * ({@link #MAX_LINE_BYTES}): a decompression bomb of one endless line is refused after a few MiB
 * instead of filling the heap.
 */
final class BackupCheck extends FilterInputStream {
    static final String END = "# scamkg-end: ";
    /** Far longer than any line of a store's N-Quads; what one parser token may hold in memory. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;
    private static final Pattern END_LINE = Pattern.compile(Pattern.quote(END) + "([0-9]+) quads, sha256 ([0-9a-f]{64})\\s*");

    private final MessageDigest digest = sha256();
    private final ByteArrayOutputStream comment = new ByteArrayOutputStream();
    private boolean atLineStart = true;
    private boolean inComment;
    private long lineBytes;
    private String firstLine;
    private String endLine;
    private boolean afterEnd;

    BackupCheck(InputStream in) { super(in); }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The line a backup ends with, for {@code quads} quads whose bytes (and the header's) hashed to {@code digest}. */
    static String endLine(long quads, byte[] digest) {
        return END + quads + " quads, sha256 " + HexFormat.of().formatHex(digest) + "\n";
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) see((byte) b);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        for (int i = 0; i < n; i++) see(b[off + i]);
        return n;
    }

    private void see(byte b) throws IOException {
        if (afterEnd && b != '\n' && b != '\r' && b != ' ') throw new IOException("data after the backup's end line");
        if (atLineStart) {
            inComment = b == '#';
            atLineStart = false;
            lineBytes = 0;
        }
        if (++lineBytes > MAX_LINE_BYTES) throw new IOException("a line longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MiB");
        if (inComment) comment.write(b);
        else digest.update(b);
        if (b == '\n') {
            atLineStart = true;
            if (inComment) endComment();
        }
    }

    private void endComment() {
        byte[] line = comment.toByteArray();
        comment.reset();
        String text = new String(line, StandardCharsets.UTF_8);
        if (firstLine == null) firstLine = text;
        if (text.startsWith(END)) {
            endLine = text;
            afterEnd = true;
        } else {
            digest.update(line);
        }
    }

    /** The first line, when it was a comment (the header with the fingerprint). */
    Optional<String> header() { return Optional.ofNullable(firstLine); }

    /** Throws unless the end line was read and agrees with the {@code quads} parsed and the bytes read. */
    void verify(long quads) {
        if (endLine == null && (firstLine == null || !firstLine.startsWith(Backup.FINGERPRINT)))
            throw new StoreException("the file is empty or not a backup written by scamkg backup (no header, no end line)");
        if (endLine == null)
            // A backup that ends cleanly without the end line: most likely one written before backups
            // carried their count and checksum, else one cut at a line and compressed again.
            throw new StoreException("the backup has no end line: it was written by an older version of scamkg, before backups ended with "
                    + "their quad count and checksum (or it was cut short), so restore cannot vouch that it is whole. To use it, restore it with "
                    + "the version that wrote it and run bin/scamkg backup there to write a new backup; or rebuild the store from data/ with "
                    + "bin/scamkg load and back that up");
        Matcher m = END_LINE.matcher(endLine);
        if (!m.matches()) throw new StoreException("the backup's end line is damaged");
        if (Long.parseLong(m.group(1)) != quads)
            throw new StoreException("the backup says " + m.group(1) + " quads but holds " + quads);
        if (!HexFormat.of().formatHex(digest.digest()).equals(m.group(2)))
            throw new StoreException("the backup's checksum does not match its content (altered or damaged)");
    }
}
