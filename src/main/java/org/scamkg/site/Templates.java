package org.scamkg.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The site's look: HTML templates ({@code templates/*.mustache} beside this class, in the jar),
 * rendered with JMustache, and the style sheet and scripts they load ({@code assets/}). The
 * served site ({@code serve.pages}) and the release's static pages ({@code export}) both render
 * through here, so they look the same. {@code {{x}}} is HTML-escaped, always; no template uses
 * the unescaped form, so nothing from the data can become markup. Pages share {@code {{> top}}}
 * and {@code {{> bottom}}}; a page rendered with {@code standalone} true is a file on its own
 * (no site navigation, its style sheet {@code site.css} beside it). No template holds a script:
 * scripts are files under {@code /assets/}, so pages run under a Content-Security-Policy without
 * inline scripts.
 */
public final class Templates {
    /** Where the style sheet and scripts are, as class-path resources. */
    public static final String ASSETS = "/org/scamkg/site/assets/";
    private static final String DIR = "/org/scamkg/site/templates/";
    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(true).nullValue("").emptyStringIsFalse(true)
            .zeroIsFalse(false).withLoader(Templates::reader);
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

    /** The site's style sheet, for a static page that needs it beside itself. */
    public static byte[] styleSheet() {
        try (InputStream in = Templates.class.getResourceAsStream(ASSETS + "site.css")) {
            if (in == null) throw new IllegalStateException("site.css missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("site.css unreadable", e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = Templates.class.getResourceAsStream(DIR + name + ".mustache");
        if (in == null) throw new IllegalStateException("no template named " + name);
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
