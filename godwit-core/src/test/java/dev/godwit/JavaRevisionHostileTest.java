package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.JavaRevision;
import dev.godwit.api.MigrationFailedException;
import dev.godwit.api.RevisionContext;
import dev.godwit.api.RevisionInfo;
import dev.godwit.testdb.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Java revision that tries to take the transaction or the session out of Godwit's hands with SQL
 * (a {@code COMMIT} through {@code execute}, through a plain {@link Statement}, a {@code SET
 * search_path} or {@code USE}): refused or contained, the database and its bookkeeping stay true,
 * and the message says what happened.
 */
class JavaRevisionHostileTest {
    static final String PREFIX = "attack_";

    /** What a test revision's upgrade does. */
    interface Body {
        void run(RevisionContext ctx) throws Exception;
    }

    /** Revision {@code id} on s0, whose upgrade is {@code body}. */
    static JavaRevision revision(String id, Body body) {
        return new JavaRevision() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public List<String> revises() {
                return List.of("s0");
            }

            @Override
            public void upgrade(RevisionContext ctx) throws Exception {
                body.run(ctx);
            }

            @Override
            public void downgrade(RevisionContext ctx) {
            }
        };
    }

    private static void refusedCommit(TestDb.Kind kind, Path dir, Body commit, String said) throws Exception {
        try (TestDb db = TestDb.open(kind, PREFIX)) {
            JavaRevisionFacadeTest.sqlBase(dir);
            JavaRevision rev = revision("c1", ctx -> {
                ctx.execute("INSERT INTO notes (id, body) VALUES (1, 'before')");
                commit.run(ctx);
                ctx.execute("INSERT INTO notes (id, body) VALUES (2, 'after')");
                throw new IllegalStateException("fails after its commit");
            });
            Godwit godwit = JavaRevisionFacadeTest.godwit(dir, db, "", rev);
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> godwit.upgrade("head"));
            assertEquals(ErrorCode.STATEMENT_FAILED, e.code());
            assertTrue(e.getMessage().contains(said), e.getMessage());
            assertTrue(e.getMessage().contains("Godwit commits the revision with its bookkeeping"), e.getMessage());
            assertEquals(List.of("s0"), godwit.current().current().stream().map(RevisionInfo::id).toList());
            if (kind != TestDb.Kind.MARIADB) {
                assertEquals(List.of(), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"),
                        "nothing of the revision is left: its transaction was never committed");
            }
            // The run's lock is free: the next run starts (and fails the same way, not on a lock).
            MigrationFailedException again = assertThrows(MigrationFailedException.class,
                    () -> godwit.upgrade("head"));
            assertEquals(ErrorCode.STATEMENT_FAILED, again.code());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void commitThroughExecuteIsRefused(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        refusedCommit(kind, dir, ctx -> ctx.execute("COMMIT"), "ran `COMMIT`");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void commitThroughAPlainStatementIsRefused(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        refusedCommit(kind, dir, ctx -> {
            try (Statement s = ctx.connection().createStatement()) {
                s.execute("  commit work");
            }
        }, "ran `COMMIT`");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void rollbackAndBeginThroughPrepareAreRefused(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        refusedCommit(kind, dir, ctx -> ctx.connection().prepareStatement("ROLLBACK").execute(), "ran `ROLLBACK`");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aCommitAfterAnotherStatementInOneStringIsRefused(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        // Before, on PostgreSQL: the driver ran both, and the first row was committed unrecorded.
        refusedCommit(kind, dir, ctx -> {
            try (Statement s = ctx.connection().createStatement()) {
                s.execute("UPDATE notes SET body = 'x;y' WHERE id = 0; COMMIT");
            }
        }, "ran `COMMIT`");
    }

    /** c1 (Java) moves the session to another schema or database; c2 (SQL, after it) creates a table. */
    private static void sessionMoved(TestDb.Kind kind, Path dir, boolean throughJdbc) throws Exception {
        try (TestDb db = TestDb.open(kind, PREFIX); TestDb other = TestDb.open(kind, PREFIX + "other_")) {
            JavaRevisionFacadeTest.sqlBase(dir);
            String elsewhere = other.schema();
            JavaRevision mover = revision("c1", ctx -> {
                ctx.execute("INSERT INTO notes (id, body) VALUES (1, 'moved?')");
                if (throughJdbc && kind == TestDb.Kind.POSTGRESQL) {
                    ctx.connection().setSchema(elsewhere);
                } else if (throughJdbc) {
                    ctx.connection().setCatalog(elsewhere);
                } else {
                    ctx.execute(kind == TestDb.Kind.POSTGRESQL ? "SET search_path TO " + elsewhere : "USE " + elsewhere);
                }
            });
            Files.writeString(dir.resolve("migrations/versions/c2.sql"), "-- revision: c2\n-- revises: c1\n"
                    + "-- message: tags\n\n-- +upgrade\nCREATE TABLE tags (id INTEGER);\n\n"
                    + "-- +downgrade\nDROP TABLE tags;\n");
            Godwit godwit = JavaRevisionFacadeTest.godwit(dir, db, "", mover);
            godwit.upgrade("head");
            assertEquals(List.of("c2"), godwit.current().current().stream().map(RevisionInfo::id).toList());
            assertEquals(List.of("moved?"), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"));
            assertEquals(List.of("0"), JavaRevisionFacadeTest.column(db, "SELECT COUNT(*) FROM tags"),
                    "the SQL revision after the Java one runs where the project's tables are");
            assertEquals(List.of(), JavaRevisionFacadeTest.column(other, "SELECT table_name FROM "
                    + "information_schema.tables WHERE table_schema = '" + elsewhere + "'"),
                    "nothing lands in the schema the Java revision moved to");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void aSearchPathOrUseInAJavaRevisionDoesNotMoveTheNextRevision(TestDb.Kind kind, @TempDir Path dir)
            throws Exception {
        sessionMoved(kind, dir, false);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void setSchemaOrSetCatalogInAJavaRevisionDoesNotMoveTheNextRevision(TestDb.Kind kind, @TempDir Path dir)
            throws Exception {
        sessionMoved(kind, dir, true);
    }
}
