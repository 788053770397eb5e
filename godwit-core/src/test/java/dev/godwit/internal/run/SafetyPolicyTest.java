package dev.godwit.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.Confirmation;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.Plan;
import dev.godwit.api.RevisionInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protected-environment policy on plans alone: which plan it lets run, in which order it refuses. */
class SafetyPolicyTest {

    private static final RevisionInfo R1 = new RevisionInfo("r1", List.of(), List.of(), List.of(), "first",
            null, Path.of("r1.sql"), true, true, false, false, false, true);

    private static Plan plan(Direction direction, List<String> dataLoss, Path backup) {
        return new Plan(direction, "head", "production", "app", true, List.of(), List.of(R1), 1, dataLoss, backup,
                "state");
    }

    private static GodwitException refused(SafetyPolicy policy, Plan plan) {
        return assertThrows(GodwitException.class, () -> policy.check(plan));
    }

    @Test
    void anUnprotectedEnvironmentLetsEveryPlanRun() {
        SafetyPolicy policy = new SafetyPolicy(false, false, null, false);
        policy.check(plan(Direction.DOWNGRADE, List.of("r1: DROP TABLE t  -- drops table t"), null));
        assertFalse(policy.checksPlans());
    }

    @Test
    void withoutAConfirmationAProtectedEnvironmentRefuses() {
        GodwitException e = refused(new SafetyPolicy(true, false, null, false), plan(Direction.UPGRADE, List.of(), null));
        assertEquals(ErrorCode.CONFIRMATION_REQUIRED, e.code());
        assertTrue(e.getMessage().contains("nothing was run") && e.getMessage().contains("production"), e.getMessage());
        assertEquals("policy", e.details().get("reason"));
    }

    @Test
    void theConfirmationSeesThePlanAndItsAnswerCounts() {
        List<Plan> asked = new ArrayList<>();
        Plan plan = plan(Direction.UPGRADE, List.of(), null);
        Confirmation no = p -> asked.add(p) && false;
        GodwitException e = refused(new SafetyPolicy(true, false, no, false), plan);
        assertEquals(ErrorCode.CONFIRMATION_REQUIRED, e.code());
        assertEquals("declined", e.details().get("reason"));
        assertEquals(List.of(plan), asked);
        new SafetyPolicy(true, false, p -> true, false).check(plan);
    }

    @Test
    void destructiveIsRefusedBeforeTheConfirmationIsAsked() {
        List<Plan> asked = new ArrayList<>();
        Confirmation yes = p -> asked.add(p);
        for (Plan plan : List.of(plan(Direction.DOWNGRADE, List.of(), null),
                plan(Direction.UPGRADE, List.of("r1: DROP TABLE t  -- drops table t"), null))) {
            assertTrue(plan.destructive());
            GodwitException e = refused(new SafetyPolicy(true, false, yes, false), plan);
            assertEquals(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, e.code());
            assertFalse(e.getMessage().contains("--"), e.getMessage());
            new SafetyPolicy(true, false, yes, true).check(plan);
        }
        assertEquals(2, asked.size(), "asked only once allowed");
    }

    @Test
    void aRequiredBackupMustBeInThePlan() {
        GodwitException e = refused(new SafetyPolicy(false, true, null, false), plan(Direction.UPGRADE, List.of(), null));
        assertEquals(ErrorCode.BACKUP_REQUIRED, e.code());
        new SafetyPolicy(false, true, null, false).check(plan(Direction.UPGRADE, List.of(), Path.of("backups")));
    }

    @Test
    void anEmptyPlanNeedsNothing() {
        Plan empty = new Plan(Direction.DOWNGRADE, "base", "production", "app", true, List.of(), List.of(), 0,
                List.of(), null, "state");
        assertFalse(empty.destructive());
        new SafetyPolicy(true, true, null, false).check(empty);
    }

    @Test
    void undoingAHalfAppliedRevisionIsConfirmedAndADroppingUndoAllowed() {
        Confirmation plansOnly = p -> true;
        Confirmation undo = new Confirmation() {
            @Override
            public boolean confirm(Plan plan) {
                return false;
            }

            @Override
            public boolean confirmUndo(String environment, String databaseName, Direction direction) {
                return "production".equals(environment) && "app".equals(databaseName);
            }
        };
        new SafetyPolicy(false, false, null, false).checkUndo(Direction.DOWNGRADE, "production", "app");
        GodwitException none = assertThrows(GodwitException.class,
                () -> new SafetyPolicy(true, false, null, false).checkUndo(Direction.UPGRADE, "production", "app"));
        assertEquals(ErrorCode.CONFIRMATION_REQUIRED, none.code());
        assertEquals("undo-partial", none.details().get("action"));
        GodwitException unseen = assertThrows(GodwitException.class,
                () -> new SafetyPolicy(true, false, plansOnly, true).checkUndo(Direction.UPGRADE, "production", "app"));
        assertEquals("declined", unseen.details().get("reason"));
        GodwitException drop = assertThrows(GodwitException.class,
                () -> new SafetyPolicy(true, false, undo, false).checkUndo(Direction.DOWNGRADE, "production", "app"));
        assertEquals(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, drop.code());
        new SafetyPolicy(true, false, undo, false).checkUndo(Direction.UPGRADE, "production", "app");
        new SafetyPolicy(true, false, undo, true).checkUndo(Direction.DOWNGRADE, "production", "app");
    }
}
