package dev.godwit.maven;

import dev.godwit.api.Confirmation;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.Plan;
import dev.godwit.api.StampPlan;
import java.util.Map;

/**
 * {@code -Dgodwit.confirm=NAME}: a build's answer to a protected environment, yes to a plan or a
 * stamp on the database of that name only, as the command line asks for the name to be typed; any
 * other name refuses, saying which database the build reached. An undo of a half-applied revision
 * is left to a person at the command line.
 */
record DatabaseNameConfirmation(String name) implements Confirmation {

    @Override
    public boolean confirm(Plan plan) {
        return check(plan.databaseName(), plan.environment(),
                plan.direction().name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public boolean confirmStamp(StampPlan stamp) {
        return check(stamp.databaseName(), stamp.environment(), "stamp");
    }

    private boolean check(String databaseName, String environment, String action) {
        if (name.equals(databaseName)) {
            return true;
        }
        throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, "Not confirmed: -Dgodwit.confirm=" + name
                + " does not name the database " + databaseName + "; nothing was run",
                "Check that " + databaseName + " is the database you mean, then confirm it with -Dgodwit.confirm="
                + databaseName + ".", null, Map.of("environment", environment == null ? "(default)" : environment,
                "action", action, "reason", "declined"));
    }
}
