package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.Confirmation;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.Plan;
import dev.godwit.api.RevisionInfo;
import dev.godwit.testdb.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protected-environment policy as a Java caller meets it, on a real database of each kind: no
 * confirmation set, a confirmation that says no, one that says yes, a plan the database moved away
 * from, and a change that may lose data. Every refusal leaves the database as it was.
 */
class ProtectedEnvironmentTest {

    private static final Confirmation YES = plan -> true;

    /** A project in {@code dir} on {@code db}, with a `production` environment that has `confirm = true`. */
    private static void project(Path dir, TestDb db) throws Exception {
        String schema = db.kind() == TestDb.Kind.SQLITE ? "" : "schema = \"" + db.schema() + "\"\n";
        Files.writeString(dir.resolve("godwit.toml"), "url = \"" + db.godwitUrl() + "\"\n" + schema
                + "[environments.production]\nconfirm = true\n");
        revision(dir, "r1", "", "CREATE TABLE gw_safe_a (id INTEGER PRIMARY KEY);", "DROP TABLE gw_safe_a;");
        revision(dir, "r2", "r1", "CREATE TABLE gw_safe_b (id INTEGER PRIMARY KEY);", "DROP TABLE gw_safe_b;");
        revision(dir, "r3", "r2", "DROP TABLE gw_safe_b;", "CREATE TABLE gw_safe_b (id INTEGER PRIMARY KEY);");
    }

    private static void revision(Path dir, String id, String revises, String up, String down) throws Exception {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        Files.writeString(versions.resolve(id + ".sql"), "-- revision: " + id + "\n-- revises: " + revises
                + "\n-- message: " + id + "\n-- +upgrade\n" + up + "\n-- +downgrade\n" + down + "\n");
    }

    private static GodwitBuilder production(Path dir) {
        return Godwit.configure().baseDirectory(dir).environment("production").environmentVariables(java.util.Map.of());
    }

    private static boolean tableExists(TestDb db, String table) {
        try (Statement s = db.connection().createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static List<String> rows(Godwit godwit) {
        List<String> ids = new ArrayList<>();
        for (RevisionInfo r : godwit.current().current()) {
            ids.add(r.id());
        }
        return ids;
    }

    @ParameterizedTest
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void withoutAConfirmationNothingRuns(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            project(dir, db);
            Godwit godwit = production(dir).load();
            GodwitException e = assertThrows(GodwitException.class, () -> godwit.upgrade("r1"));
            assertEquals(ErrorCode.CONFIRMATION_REQUIRED, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was run") && e.getMessage().contains("production"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("--"), "the core names no command-line flag: " + e.getMessage());
            GodwitException resumed = assertThrows(GodwitException.class,
                    () -> godwit.migrate(true, "r1", dev.godwit.api.PartialRevision.RESUME));
            assertEquals(ErrorCode.CONFIRMATION_REQUIRED, resumed.code(), resumed.getMessage());
            assertFalse(tableExists(db, "gw_safe_a"));
            assertFalse(tableExists(db, "godwit_version"), "not even the version table is created");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aConfirmationThatSaysNoRefusesAndOneThatSaysYesRuns(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            project(dir, db);
            List<Plan> asked = new ArrayList<>();
            Godwit no = production(dir).confirmation(plan -> asked.add(plan) && false).load();
            GodwitException e = assertThrows(GodwitException.class, () -> no.upgrade("r1"));
            assertEquals(ErrorCode.CONFIRMATION_REQUIRED, e.code());
            assertTrue(e.getMessage().contains("nothing was run"), e.getMessage());
            assertFalse(tableExists(db, "gw_safe_a"));
            assertEquals(1, asked.size());
            Plan shown = asked.get(0);
            assertEquals("production", shown.environment());
            assertTrue(shown.protectedEnvironment());
            assertEquals(List.of("r1"), shown.revisions().stream().map(RevisionInfo::id).toList());
            assertEquals(1, shown.statements());
            assertFalse(shown.databaseName().isEmpty());

            MigrationResult result = production(dir).confirmation(YES).load().upgrade("r1");
            assertEquals(List.of("r1"), result.rowsAfter());
            assertTrue(tableExists(db, "gw_safe_a"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aPlanTheDatabaseMovedAwayFromIsRefused(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            project(dir, db);
            Godwit godwit = production(dir).confirmation(YES).load();
            Plan plan = godwit.plan(Direction.UPGRADE, "r2");
            assertEquals(List.of(), plan.current());
            assertEquals(2, plan.revisions().size());

            production(dir).confirmation(YES).load().upgrade("r1");
            GodwitException e = assertThrows(GodwitException.class, () -> godwit.apply(plan));
            assertEquals(ErrorCode.DATABASE_MOVED, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was run"), e.getMessage());
            assertEquals(List.of("r1"), rows(godwit));
            assertFalse(tableExists(db, "gw_safe_b"));

            Plan again = godwit.plan(Direction.UPGRADE, "r2");
            assertEquals(List.of("r1"), again.current());
            assertEquals(List.of("r2"), godwit.apply(again).rowsAfter());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aRevisionFileEditedAfterThePlanIsRefused(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            project(dir, db);
            Plan plan = production(dir).confirmation(YES).load().plan(Direction.UPGRADE, "r1");
            revision(dir, "r1", "", "CREATE TABLE gw_safe_c (id INTEGER PRIMARY KEY);", "DROP TABLE gw_safe_c;");
            Godwit later = production(dir).confirmation(YES).load();
            GodwitException e = assertThrows(GodwitException.class, () -> later.apply(plan));
            assertEquals(ErrorCode.DATABASE_MOVED, e.code(), e.getMessage());
            assertFalse(tableExists(db, "gw_safe_a"));
            assertFalse(tableExists(db, "gw_safe_c"));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aChangeThatMayLoseDataNeedsPermission(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            project(dir, db);
            Godwit confirmed = production(dir).confirmation(YES).load();
            confirmed.upgrade("r2");

            Plan drop = confirmed.plan(Direction.UPGRADE, "r3");
            assertTrue(drop.destructive() && drop.dataLoss().size() == 1, drop.toString());
            GodwitException up = assertThrows(GodwitException.class, () -> confirmed.apply(drop));
            assertEquals(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, up.code(), up.getMessage());
            assertTrue(tableExists(db, "gw_safe_b"));
            GodwitException down = assertThrows(GodwitException.class, () -> confirmed.downgrade("r1"));
            assertEquals(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, down.code(), down.getMessage());
            assertEquals(List.of("r2"), rows(confirmed));

            Godwit allowed = production(dir).confirmation(YES).allowDestructive(true).load();
            assertEquals(List.of("r3"), allowed.apply(drop).rowsAfter());
            assertFalse(tableExists(db, "gw_safe_b"));
            assertEquals(List.of("r2"), allowed.downgrade("r2").rowsAfter());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void anUnprotectedEnvironmentRunsWithoutAConfirmation(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            project(dir, db);
            Godwit godwit = Godwit.configure().baseDirectory(dir).environmentVariables(java.util.Map.of()).load();
            Plan plan = godwit.plan(Direction.UPGRADE, "heads");
            assertFalse(plan.protectedEnvironment());
            assertNull(plan.environment());
            assertEquals(List.of("r3"), godwit.apply(plan).rowsAfter());
            assertEquals(List.of("r1"), godwit.downgrade("r1").rowsAfter());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aStampIsConfirmedToo(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind)) {
            project(dir, db);
            GodwitException none = assertThrows(GodwitException.class, () -> production(dir).load().stamp("r1", false));
            assertEquals(ErrorCode.CONFIRMATION_REQUIRED, none.code(), none.getMessage());
            GodwitException plansOnly = assertThrows(GodwitException.class,
                    () -> production(dir).confirmation(YES).load().stamp("r1", false));
            assertEquals(ErrorCode.CONFIRMATION_REQUIRED, plansOnly.code(), "confirming plans is not confirming stamps");
            assertFalse(tableExists(db, "godwit_version"));

            List<dev.godwit.api.StampPlan> asked = new ArrayList<>();
            Confirmation stamps = new Confirmation() {
                @Override
                public boolean confirm(Plan plan) {
                    return false;
                }

                @Override
                public boolean confirmStamp(dev.godwit.api.StampPlan stamp) {
                    return asked.add(stamp);
                }
            };
            Godwit godwit = production(dir).confirmation(stamps).load();
            assertEquals(List.of("r1"), godwit.stamp("r1", false).rowsAfter());
            GodwitException purge = assertThrows(GodwitException.class, () -> godwit.stamp("r2", true));
            assertEquals(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, purge.code(), purge.getMessage());
            assertEquals(List.of("r1"), rows(godwit));
            assertEquals(List.of("r2"), production(dir).confirmation(stamps).allowDestructive(true).load()
                    .stamp("r2", true).rowsAfter());
            assertEquals(2, asked.size());
            assertEquals("production", asked.get(0).environment());
            assertTrue(asked.get(1).purge());
        }
    }
}
