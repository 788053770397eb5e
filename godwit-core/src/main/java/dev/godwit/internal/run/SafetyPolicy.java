package dev.godwit.internal.run;

import dev.godwit.api.Confirmation;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.Plan;
import dev.godwit.api.StampPlan;
import dev.godwit.internal.config.Settings;
import java.util.Map;

/**
 * What a protected environment ({@code confirm = true}) requires before a plan runs, for every
 * caller alike: a change that may lose data must be allowed, and the plan must be confirmed by the
 * {@link Confirmation} set on the builder (none set: refused). A configured backup must be part of
 * the plan. Every refusal comes before anything runs and says so; none names a command-line flag
 * (the command line words them from the {@link ErrorCode}).
 *
 * @param protectedEnvironment whether the settings say {@code confirm = true}
 * @param backupRequired       whether the settings say {@code backup = true}
 * @param confirmation         the builder's confirmation, or null
 * @param allowDestructive     whether a plan that may lose data may run in a protected environment
 */
public record SafetyPolicy(boolean protectedEnvironment, boolean backupRequired, Confirmation confirmation,
                           boolean allowDestructive) {

    /** The policy of {@code settings}, with the caller's confirmation and permission. */
    public static SafetyPolicy of(Settings settings, Confirmation confirmation, boolean allowDestructive) {
        return new SafetyPolicy(settings.confirm(), settings.backup(), confirmation, allowDestructive);
    }

    /** Whether a run must be planned and checked first, rather than planned under the lock alone. */
    public boolean checksPlans() {
        return protectedEnvironment;
    }

    /** Refuses {@code plan} with a {@link GodwitException} unless this policy lets it run. */
    public void check(Plan plan) {
        if (plan.isEmpty()) {
            return;
        }
        String verb = plan.direction() == Direction.UPGRADE ? "upgrade" : "downgrade";
        Map<String, String> details = Map.of("environment", environment(plan), "action", verb, "reason", "policy");
        if (backupRequired && !plan.takesBackup()) {
            throw new GodwitException(ErrorCode.BACKUP_REQUIRED, "Refusing to " + verb + ": the configuration "
                    + "requires a backup first and this plan takes none; nothing was run",
                    "Make the plan again with the same configuration.", null, details);
        }
        if (!protectedEnvironment) {
            return;
        }
        String where = "Refusing to " + verb + " in the protected environment " + environment(plan);
        if (plan.destructive() && !allowDestructive) {
            throw new GodwitException(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, where + ": the plan may lose data "
                    + "(" + (plan.direction() == Direction.DOWNGRADE ? "a downgrade" : "statements that drop or lose data")
                    + ") and destructive changes are not allowed; nothing was run",
                    "Check the plan, then allow destructive changes.", null, details);
        }
        if (confirmation == null) {
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, where + ": it needs a confirmation and none "
                    + "is set; nothing was run", "Set a Confirmation on the Godwit builder.", null, details);
        }
        if (!confirmation.confirm(plan)) {
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, "Not confirmed: nothing was run",
                    "Confirm the plan to go on.", null,
                    Map.of("environment", environment(plan), "action", verb, "reason", "declined"));
        }
    }

    /**
     * Refuses {@code stamp} unless this policy lets it run: in a protected environment a purge must
     * be allowed as destructive, and every stamp confirmed ({@link Confirmation#confirmStamp}).
     */
    public void check(StampPlan stamp) {
        if (!protectedEnvironment) {
            return;
        }
        String environment = stamp.environment() == null ? "(default)" : stamp.environment();
        String verb = stamp.purge() ? "purge-stamp" : "stamp";
        String where = "Refusing to " + (stamp.purge() ? "purge and stamp" : "stamp") + " the version table in the "
                + "protected environment " + environment;
        if (stamp.purge() && !allowDestructive) {
            throw new GodwitException(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, where + ": emptying it loses its rows and "
                    + "destructive changes are not allowed; nothing was changed", "Check the target, then allow "
                    + "destructive changes.", null, Map.of("environment", environment, "action", verb, "reason", "policy"));
        }
        if (confirmation == null) {
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, where + ": it needs a confirmation and none is "
                    + "set; nothing was changed", "Set a Confirmation on the Godwit builder.", null,
                    Map.of("environment", environment, "action", verb, "reason", "policy"));
        }
        if (!confirmation.confirmStamp(stamp)) {
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, "Not confirmed: nothing was run",
                    "Confirm the stamp to go on.", null,
                    Map.of("environment", environment, "action", verb, "reason", "declined"));
        }
    }

    /**
     * Refuses undoing a half-applied revision in a protected environment unless confirmed
     * ({@link Confirmation#confirmUndo}) and, for an undo that runs downgrade statements (it drops
     * what the upgrade made), allowed as destructive.
     */
    public void checkUndo(Direction direction, String environmentName, String databaseName) {
        if (!protectedEnvironment) {
            return;
        }
        String environment = environmentName == null ? "(default)" : environmentName;
        Map<String, String> details = Map.of("environment", environment, "action", "undo-partial", "reason", "policy");
        String where = "Refusing to undo a half-applied revision in the protected environment " + environment;
        if (direction == Direction.DOWNGRADE && !allowDestructive) {
            throw new GodwitException(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, where + ": it drops what the revision "
                    + "made and destructive changes are not allowed; nothing was run",
                    "Check what would be undone, then allow destructive changes.", null, details);
        }
        if (confirmation == null) {
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, where + ": it needs a confirmation and none "
                    + "is set; nothing was run", "Set a Confirmation on the Godwit builder.", null, details);
        }
        if (!confirmation.confirmUndo(environmentName, databaseName, direction)) {
            throw new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, "Not confirmed: nothing was run",
                    "Confirm the undo to go on.", null,
                    Map.of("environment", environment, "action", "undo-partial", "reason", "declined"));
        }
    }

    private static String environment(Plan plan) {
        return plan.environment() == null ? "(default)" : plan.environment();
    }
}
