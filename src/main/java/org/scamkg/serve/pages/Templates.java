package org.scamkg.serve.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The site's HTML templates ({@code templates/*.mustache} beside this class, in the jar), rendered
 * with JMustache: {@code {{x}}} is HTML-escaped, always; no template uses the unescaped form, so
 * nothing from the data can become markup. Pages share {@code {{> top}}} and {@code {{> bottom}}}.
 * No template holds a script: scripts are files under {@code /assets/}, so pages run under a
 * Content-Security-Policy without inline scripts.
 */
public final class Templates {
    private static final String DIR = "/org/scamkg/serve/pages/templates/";
    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).nullValue("").emptyStringIsFalse(true).zeroIsFalse(false).withLoader(Templates::reader);
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    private Templates() {}

    /** Renders {@code templates/NAME.mustache} with the given values. */
    public static String render(String name, Object context) {
        return CACHE.computeIfAbsent(name, n -> {
            try (Reader r = reader(n)) {
                return COMPILER.compile(r);
            } catch (IOException e) {
                throw new IllegalStateException("template " + n + " unreadable", e);
            }
        }).execute(context);
    }

    private static Reader reader(String name) {
        InputStream in = Templates.class.getResourceAsStream(DIR + name + ".mustache");
        if (in == null) return new StringReader(missing(name));
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String missing(String name) { throw new IllegalStateException("no template named " + name); }
}
