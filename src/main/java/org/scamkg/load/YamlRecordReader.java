package org.scamkg.load;

import org.scamkg.common.Problems;
import org.scamkg.common.StrictUtf8;
import org.scamkg.common.TextCharacters;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reads one YAML record file into a {@link RecordNode} tree with line numbers, using Jackson's
 * streaming YAML parser. Strict: invalid UTF-8, a duplicate key, an alias, a line longer than
 * {@link #MAX_LINE_CHARS} or nesting deeper than {@link #MAX_DEPTH} is a problem, not something
 * to guess around.
 */
public final class YamlRecordReader {
    /** Records are a few levels deep; anything deeper is a broken or hostile file. */
    static final int MAX_DEPTH = 32;
    /**
     * Record lines are short (the longest curated one is under 300 characters). The limit is
     * checked before parsing because SnakeYAML's scanner slows down with the square of a token's
     * length: a 1 MB scalar takes half a second, a 3 MB one five, and a 10 MB line forty seconds
     * before its 3 MB document limit refuses it.
     */
    static final int MAX_LINE_CHARS = 10_000;

    private final YAMLFactory factory;

    public YamlRecordReader() {
        factory = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /** Parses the file; on failure adds a problem and answers empty. */
    public Optional<RecordNode> read(Path file, String displayName, Problems problems) {
        String content;
        try {
            content = StrictUtf8.decode(Files.readAllBytes(file));
        } catch (StrictUtf8.InvalidUtf8Exception e) {
            problems.add(displayName, e.line, "-", "not valid UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(displayName, 0, "-", "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
        int longLine = lineLongerThan(content, MAX_LINE_CHARS);
        if (longLine > 0) {
            problems.add(displayName, longLine, "-", String.format("line longer than %,d characters", MAX_LINE_CHARS));
            return Optional.empty();
        }
        try (JsonParser p = factory.createParser(content)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    problems.add(displayName, 1, "-", "the file is empty");
                    return Optional.empty();
                }
                RecordNode root = readValue(p, "", displayName, problems);
                if (p.nextToken() != null) {
                    problems.add(displayName, line(p.currentTokenLocation()), "-", "more than one YAML document; one record file holds one");
                }
                return Optional.ofNullable(root);
            } catch (JsonProcessingException e) {
                // a broken constraint (nesting too deep) has no location of its own: it is where the parser stopped
                JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                problems.add(displayName, line(loc), "-", "not valid YAML: " + summary(e.getOriginalMessage()));
                return Optional.empty();
            } catch (AliasFound e) {
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(displayName, 0, "-", "cannot read file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The number of the first line longer than {@code max} characters, or 0 when there is none. */
    static int lineLongerThan(String content, int max) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= content.length(); i++) {
            if (i == content.length() || content.charAt(i) == '\n') {
                if (i - start > max) return line;
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    /** Stops reading at the first alias: one is enough to refuse the file, and a file of them is a bomb. */
    private static final class AliasFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AliasFound() { super(null, null, false, false); }
    }

    /** A file is not UTF-8; {@link #line} is where the first bad byte is. */
    private RecordNode readValue(JsonParser p, String path, String file, Problems problems) throws IOException {
        int line = line(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            // Jackson does not expand aliases: '*name' would silently be read as the text "name"
            problems.add(file, line, path, "'*" + p.getText() + "' is an alias; records write every value out (anchors and aliases are not read)");
            throw new AliasFound();
        }
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, RecordNode> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    TextCharacters.problem(name).ifPresent(r -> problems.add(file, keyLine, path.isEmpty() ? "-" : path, "a key " + r));
                    p.nextToken();
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    RecordNode child = readValue(p, childPath, file, problems);
                    if (fields.containsKey(name)) {
                        problems.add(file, keyLine, childPath, "duplicate key (also on line " + fields.get(name).line() + ")");
                    } else {
                        fields.put(name, child);
                    }
                }
                return RecordNode.map(line, path, fields);
            }
            case START_ARRAY: {
                List<RecordNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, path + "[" + (i++) + "]", file, problems));
                }
                return RecordNode.list(line, path, items);
            }
            case VALUE_NULL:
                return RecordNode.nullValue(line, path);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return RecordNode.scalar(line, path, p.getText(), true);
            default:
                // NFC: a name typed decomposed is stored, indexed and compared as the composed one
                String text = java.text.Normalizer.normalize(p.getText(), java.text.Normalizer.Form.NFC);
                TextCharacters.problem(text).ifPresent(r -> problems.add(file, line, path, r));
                return RecordNode.scalar(line, path, text, false);
        }
    }

    private static int line(JsonLocation loc) { return loc == null ? 0 : loc.getLineNr(); }

    /** The parser's message without its echo of the source lines: the unindented lines, joined. */
    private static String summary(String s) {
        if (s == null) return "parse error";
        return String.join("; ", s.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList());
    }
}
