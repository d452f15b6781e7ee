package io.modcache.cli;

import picocli.CommandLine;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ModcacheCommand.class.getPackage().getImplementationVersion();
        return new String[] {"modcache-explorer " + (v == null ? "development" : v)};
    }
}
