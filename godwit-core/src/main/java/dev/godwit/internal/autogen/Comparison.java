package dev.godwit.internal.autogen;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.render.RenderedStatement;
import dev.godwit.schema.Schema;
import java.util.List;

/**
 * The live and desired schemas, the changes both ways, and their SQL.
 *
 * @param upgrade the changes that turn the live schema into the desired one
 * @param downgrade the changes that turn it back
 */
public record Comparison(Schema live, Schema desired, ChangeSet upgrade, ChangeSet downgrade,
        List<RenderedStatement> upgradeStatements, List<RenderedStatement> downgradeStatements) {

    public Comparison {
        upgradeStatements = List.copyOf(upgradeStatements);
        downgradeStatements = List.copyOf(downgradeStatements);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
