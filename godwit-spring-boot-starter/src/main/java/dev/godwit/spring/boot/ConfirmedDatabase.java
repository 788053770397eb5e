package dev.godwit.spring.boot;

import dev.godwit.api.Confirmation;
import dev.godwit.api.Plan;
import dev.godwit.api.StampPlan;

/**
 * {@code godwit.confirmed-database}: says yes to a plan or a stamp (a baseline) on the database of
 * that name only, as the command line asks the name to be typed; no to an undo of a half-applied
 * revision, which stays a decision for a person at the command line.
 */
record ConfirmedDatabase(String name) implements Confirmation {

    @Override
    public boolean confirm(Plan plan) {
        return name.equals(plan.databaseName());
    }

    @Override
    public boolean confirmStamp(StampPlan stamp) {
        return name.equals(stamp.databaseName());
    }
}
