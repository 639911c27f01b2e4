package org.crisisdesk.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, falling back to the build's version during development. */
public final class VersionProvider implements IVersionProvider {
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Crisis Desk (舆情应对台) " + version()};
    }
}
