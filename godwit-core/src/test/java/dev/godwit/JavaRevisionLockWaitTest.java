package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.JavaRevision;
import dev.godwit.api.MigrationFailedException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.testdb.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A Java revision whose code waits on a row another session holds: the statement lock timeout
 * applies to the code's statements as to a SQL revision's, and the message names the blocker.
 */
class JavaRevisionLockWaitTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = TestDb.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void theStatementLockTimeoutStopsTheCodeAndNamesTheBlocker(TestDb.Kind kind, @TempDir Path dir)
            throws Exception {
        try (TestDb db = TestDb.open(kind, JavaRevisionHostileTest.PREFIX)) {
            JavaRevisionFacadeTest.sqlBase(dir);
            Files.writeString(dir.resolve("godwit.toml"), "");
            List<String> rowLockWait = new java.util.ArrayList<>();
            JavaRevision touch = JavaRevisionHostileTest.revision("w1", ctx -> {
                rowLockWait.add(String.valueOf(ctx.query(kind == TestDb.Kind.POSTGRESQL ? "SHOW lock_timeout"
                        : "SELECT @@SESSION.innodb_lock_wait_timeout").get(0).values().iterator().next()));
                ctx.execute("UPDATE notes SET body = 'mine' WHERE id = 1");
            });
            GodwitBuilder builder = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of())
                    .url(db.godwitUrl()).javaRevisions(touch).statementLockTimeout(Duration.ofSeconds(1));
            if (kind == TestDb.Kind.POSTGRESQL) {
                builder.schema(db.schema());
            }
            Godwit godwit = builder.load();
            godwit.upgrade("s0");
            db.execute("INSERT INTO notes (id, body) VALUES (1, 'theirs')");

            try (Connection blocker = DataSourceFacadeTest.dataSource(db).getConnection()) {
                blocker.setAutoCommit(false);
                try (Statement s = blocker.createStatement()) {
                    s.execute("UPDATE notes SET body = 'held' WHERE id = 1");
                }
                MigrationFailedException e = assertThrows(MigrationFailedException.class,
                        () -> godwit.upgrade("head"));
                assertEquals(ErrorCode.LOCK_TIMEOUT, e.code(), e.getMessage());
                assertTrue(e.getMessage().contains("Revision w1 failed in its upgrade, in Java class"), e.getMessage());
                assertTrue(e.getMessage().contains("The statement waited too long for a lock another session holds; "
                        + "this session holds"), e.getMessage());
                // Before, on MariaDB: the row lock wait was the server's innodb_lock_wait_timeout (50 s), not 1 s.
                assertEquals(List.of(kind == TestDb.Kind.POSTGRESQL ? "1s" : "1"), rowLockWait);
                if (kind == TestDb.Kind.POSTGRESQL) {
                    assertTrue(e.getMessage().contains("UPDATE notes SET body = 'held'"), e.getMessage());
                }
                assertTrue(e.hint().contains("statement_lock_timeout"), e.hint());
                blocker.rollback();
            }
            assertEquals(List.of("s0"), godwit.current().current().stream().map(RevisionInfo::id).toList());
            assertEquals(List.of("theirs"), JavaRevisionFacadeTest.column(db, "SELECT body FROM notes"));
        }
    }
}
