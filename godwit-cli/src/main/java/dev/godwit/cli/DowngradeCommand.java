package dev.godwit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Undo revisions down to TARGET (default: -1, the last revision; a revision, base, …).")
final class DowngradeCommand extends MigrationCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "-1",
            description = "-1 (the default: one step back), a revision, LABEL@-1, base; with --sql: FROM:TO.")
    String target;

    @Override
    String target() {
        return target;
    }

    @Override
    boolean upgrade() {
        return false;
    }
}
