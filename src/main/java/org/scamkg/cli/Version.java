package org.scamkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ScamkgCommand.class.getPackage().getImplementationVersion();
        return new String[] { "scamkg " + (v == null ? "development" : v) };
    }
}
