package org.scamkg.common;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding for every file the readers take: a malformed byte is an error with its line, never a replacement character. */
public final class StrictUtf8 {
    private StrictUtf8() {}

    /** A malformed byte, and the line it is on. */
    public static final class InvalidUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        public final int line;

        InvalidUtf8Exception(int line) { this.line = line; }
    }

    /** Decodes strictly, dropping a leading byte-order mark; on a malformed byte, says on which line it is. */
    public static String decode(byte[] bytes) throws InvalidUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw new InvalidUtf8Exception(line);
        }
        decoder.flush(out);
        String text = out.flip().toString();
        // A byte-order mark (what spreadsheets write as "CSV UTF-8") says only that the file is UTF-8.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
