package org.scamkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/**
 * The project version and the git commit it was built from, as the build wrote them into
 * {@code version.properties} beside this class (see the pom); "unknown" for what the build could
 * not tell (outside a git checkout, or classes not built by Maven).
 */
final class Version implements IVersionProvider {
    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"scamkg " + p.getProperty("version", "unknown") + " (commit " + p.getProperty("commit", "unknown") + ")"};
    }
}
