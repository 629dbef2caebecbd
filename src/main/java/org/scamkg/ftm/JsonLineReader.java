package org.scamkg.ftm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file line by line in constant memory, strictly: each line must be valid UTF-8 and at
 * most {@link #MAX_LINE_BYTES} long. A line that breaks either rule is reported as such and
 * skipped to its end, so the lines after it are still read (and counted) correctly.
 */
public final class JsonLineReader implements AutoCloseable {
    public static final int MAX_LINE_BYTES = 10 * 1024 * 1024;

    /** One line: its number and text, or why it could not be read. */
    public record Line(long number, String text, String error) {}

    private final InputStream in;
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private long number;
    private boolean eof;

    public JsonLineReader(InputStream in) { this.in = in; }

    /** The next line, or null at the end of the file. */
    public Line next() throws IOException {
        if (eof) return null;
        buf.reset();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (buf.size() < MAX_LINE_BYTES) buf.write(b);
            else tooLong = true;
        }
        if (b == -1) {
            eof = true;
            if (buf.size() == 0 && !tooLong) return null;
        }
        number++;
        if (tooLong) return new Line(number, null, "line longer than " + MAX_LINE_BYTES / (1024 * 1024) + " MB");
        byte[] bytes = buf.toByteArray();
        int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, len)).toString();
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not valid UTF-8 text");
        }
    }

    @Override
    public void close() throws IOException { in.close(); }
}
