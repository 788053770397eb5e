package dev.godwit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply revisions up to TARGET (default: head).")
final class UpgradeCommand extends MigrationCommand {

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head, heads, a revision, +N, LABEL@head, …; with --sql: [FROM:]TO.")
    String target;

    @Override
    String target() {
        return target;
    }

    @Override
    boolean upgrade() {
        return true;
    }
}
