package dev.godwit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Undo revisions down to TARGET (-1, a revision, base, …).")
final class DowngradeCommand extends MigrationCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET",
            description = "-1, a revision, LABEL@-1, base; with --sql: FROM:TO. Not with --undo-partial.")
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
