package dev.godwit.cli;

import picocli.CommandLine;

/** `godwit --version`: the version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"godwit " + (version == null ? "(development build)" : version)};
    }
}
