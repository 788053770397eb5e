package dev.godwit.maven;

import dev.godwit.api.Confirmation;
import dev.godwit.api.Plan;
import dev.godwit.api.StampPlan;

/**
 * {@code -Dgodwit.confirm=NAME}: a build's answer to a protected environment, yes to a plan or a
 * stamp on the database of that name only, as the command line asks for the name to be typed. An
 * undo of a half-applied revision is left to a person at the command line.
 */
record DatabaseNameConfirmation(String name) implements Confirmation {

    @Override
    public boolean confirm(Plan plan) {
        return name.equals(plan.databaseName());
    }

    @Override
    public boolean confirmStamp(StampPlan stamp) {
        return name.equals(stamp.databaseName());
    }
}
