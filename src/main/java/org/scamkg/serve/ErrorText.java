package org.scamkg.serve;

import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpStatus;

/**
 * What an error reply may say. Jena, Jetty and Fuseki build some of their messages from an
 * exception: its class name ({@code org.apache.jena.riot.RiotException: …}), sometimes a stack
 * frame. Those tell a visitor which libraries and versions run here and nothing about their
 * request, so they are cut; the rest of the message (a parse error's line and column, a reason)
 * is kept, with its lines. A message with nothing left is the status's own reason phrase.
 */
public final class ErrorText {
    /** A Java class name of the platform, a library or ours, with an optional {@code : } after it. */
    public static final Pattern JAVA_CLASS = Pattern.compile(
            "\\b(?:java|javax|jakarta|sun|jdk|com\\.sun|org\\.apache|org\\.eclipse|org\\.slf4j|com\\.fasterxml|com\\.github|org\\.scamkg)"
                    + "(?:\\.[A-Za-z_$][\\w$]*)+");
    /** A stack frame: {@code at org.x.Y.method(Y.java:12)}. */
    public static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$]+(?:\\.[\\w$<>]+)+\\((?:[\\w$.]+(?::\\d+)?|Native Method|Unknown Source)\\)");
    /** A class name (qualified or not) of an exception or error, as a library's message may start: {@code JsonLdError[…]}. */
    public static final Pattern EXCEPTION_NAME = Pattern.compile("\\b[A-Z][\\w$]*(?:Exception|Error)\\b(?:: ?)?");
    private static final Pattern CLASS_AND_COLON = Pattern.compile(JAVA_CLASS.pattern() + "(?:: ?)?");
    private static final int MAX = 2000;

    private ErrorText() {}

    /** The message fit to show: no class names, no stack frames, bounded. */
    public static String clean(String message, int status) {
        String reason = HttpStatus.getMessage(status);
        if (message == null || message.isBlank()) return reason;
        String text = message;
        int frame = indexOfFrame(text);
        if (frame >= 0) text = text.substring(0, frame);
        text = CLASS_AND_COLON.matcher(text).replaceAll("");
        text = EXCEPTION_NAME.matcher(text).replaceAll("");
        text = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \t]+\n", "\n").strip();
        if (text.length() > MAX) text = text.substring(0, MAX) + "…";
        return text.isEmpty() || text.matches("[\\p{Punct}\\s]*") ? reason : text;
    }

    private static int indexOfFrame(String text) {
        var m = STACK_FRAME.matcher(text);
        if (!m.find()) return -1;
        int start = m.start();
        // the line the frame is on goes with it ("\tat …")
        int nl = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('\r', start));
        return nl >= 0 ? nl : start;
    }
}
