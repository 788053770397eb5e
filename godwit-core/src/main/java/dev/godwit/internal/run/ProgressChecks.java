package dev.godwit.internal.run;

import dev.godwit.internal.script.Statement;

/** The checksum of one statement as the {@link ProgressTable} keeps it: the normalized text's. */
final class ProgressChecks {
    private ProgressChecks() {
    }

    static String of(Statement statement) {
        return Checksum.ofTokens(statement.normalized());
    }
}
