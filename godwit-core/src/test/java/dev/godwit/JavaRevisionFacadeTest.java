package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.JavaRevision;
import dev.godwit.api.MigrationFailedException;
import dev.godwit.api.MigrationTestReport;
import dev.godwit.api.RevisionContext;
import dev.godwit.api.RevisionInfo;
import dev.godwit.javarevtest.CountNotes;
import dev.godwit.testdb.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Java revisions found through the Java API: a package scanned on the class path
 * ({@code java_revisions}, sub-packages included, non-revisions and abstract classes skipped) and an
 * instance given to the builder, in one graph with a SQL revision file, on each database.
 */
class JavaRevisionFacadeTest {
    static final String PREFIX = "javarev_";

    static Godwit godwit(Path dir, TestDb db, String toml, JavaRevision... instances) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("godwit.toml"), toml);
        GodwitBuilder builder = Godwit.configure().baseDirectory(dir).environmentVariables(Map.of())
                .url(db.godwitUrl()).javaRevisions(instances);
        if (db.kind() == TestDb.Kind.POSTGRESQL) {
            builder.schema(db.schema());
        }
        return builder.load();
    }

    static void sqlBase(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("migrations/versions/s0.sql"), "-- revision: s0\n-- message: notes\n\n"
                + "-- +upgrade\nCREATE TABLE notes (id INTEGER NOT NULL PRIMARY KEY, body VARCHAR(40) NOT NULL);\n\n"
                + "-- +downgrade\nDROP TABLE notes;\n");
    }

    static List<String> column(TestDb db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void packageAndInstancesJoinTheSqlRevisions(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, PREFIX)) {
            sqlBase(dir);
            Godwit godwit = godwit(dir, db, "java_revisions = [\"dev.godwit.javarevtest.revisions\"]\n",
                    new CountNotes());

            List<RevisionInfo> history = godwit.history(null, false);
            assertEquals(List.of("n3", "n2", "n1", "s0"), history.stream().map(RevisionInfo::id).toList());
            assertEquals(Path.of("dev/godwit/javarevtest/revisions/sub/UpperNotes.class"), history.get(1).file());
            assertEquals(List.of("n3"), godwit.heads().stream().map(RevisionInfo::id).toList());

            godwit.upgrade("heads");
            assertEquals(List.of("ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON"),
                    column(db, "SELECT body FROM notes ORDER BY id"));
            // Batches of 2 in key order: ids 1, 3, 5 start them; then the total.
            assertEquals(List.of("0:0:5", "1:1:2", "2:3:2", "3:5:1"), column(db,
                    "SELECT " + concat(kind, "n", "first_id", "size") + " FROM note_batches ORDER BY n"));
            String dialect = kind == TestDb.Kind.SQLITE ? "sqlite" : kind == TestDb.Kind.POSTGRESQL ? "postgresql"
                    : "mysql";
            assertEquals(List.of(dialect + ":5"), column(db, "SELECT " + concat(kind, "dialect", "n")
                    + " FROM note_count"));
            assertEquals(List.of("n3"), godwit.current().current().stream().map(RevisionInfo::id).toList());
            assertTrue(godwit.validate().ok());

            godwit.downgrade("n1");
            assertEquals(List.of("alpha", "beta", "gamma", "delta", "epsilon"),
                    column(db, "SELECT body FROM notes ORDER BY id"));
            assertFalse(tableExists(db, "note_count"));
            assertFalse(tableExists(db, "note_batches"));
            godwit.downgrade("base");
            assertFalse(tableExists(db, "notes"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void theCodeCannotCommitTheRevision(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, PREFIX)) {
            sqlBase(dir);
            JavaRevision committing = new JavaRevision() {
                @Override
                public String id() {
                    return "c1";
                }

                @Override
                public List<String> revises() {
                    return List.of("s0");
                }

                @Override
                public void upgrade(RevisionContext ctx) throws Exception {
                    ctx.execute("INSERT INTO notes (id, body) VALUES (1, 'kept?')");
                    ctx.connection().commit();
                }

                @Override
                public void downgrade(RevisionContext ctx) {
                }
            };
            Godwit godwit = godwit(dir, db, "", committing);
            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> godwit.upgrade("head"));
            assertEquals(ErrorCode.STATEMENT_FAILED, e.code());
            assertEquals("c1", e.revision());
            assertTrue(e.getMessage().contains("Revision c1 failed in its upgrade, in Java class "
                    + committing.getClass().getName()), e.getMessage());
            assertTrue(e.getMessage().contains("called Connection.commit(): Godwit commits the revision"),
                    e.getMessage());
            assertEquals(List.of("s0"), godwit.current().current().stream().map(RevisionInfo::id).toList());
            if (kind != TestDb.Kind.MARIADB) {
                assertEquals(List.of(), column(db, "SELECT body FROM notes"), "rolled back with the revision");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void stairwayTestRunsJavaRevisions(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, PREFIX)) {
            sqlBase(dir);
            Godwit godwit = godwit(dir, db, "java_revisions = [\"dev.godwit.javarevtest.revisions\"]\n",
                    new CountNotes());
            MigrationTestReport report = godwit.test(true);
            assertTrue(report.ok(), report.toString());
            assertEquals(List.of("s0", "n1", "n2", "n3"), report.revisions().stream()
                    .map(MigrationTestReport.RevisionCheck::revision).toList());
            assertTrue(report.revisions().stream().allMatch(c -> c.outcome() == MigrationTestReport.Outcome.OK),
                    report.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aMissingPackageIsAnError(TestDb.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDb db = TestDb.open(kind, PREFIX)) {
            sqlBase(dir);
            Godwit godwit = godwit(dir, db, "java_revisions = [\"com.example.nowhere\"]\n");
            GodwitException e = assertThrows(GodwitException.class, () -> godwit.upgrade("head"));
            assertEquals(ErrorCode.BAD_CONFIGURATION, e.code());
            assertTrue(e.getMessage().contains("The package com.example.nowhere named in `java_revisions` is not on "
                    + "the class path"), e.getMessage());
        }
    }

    private static String concat(TestDb.Kind kind, String... columns) {
        if (kind == TestDb.Kind.MARIADB) {
            return "CONCAT_WS(':', " + String.join(", ", columns) + ")";
        }
        List<String> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add("CAST(" + c + " AS VARCHAR(40))");
        }
        return String.join(" || ':' || ", parts);
    }

    private static boolean tableExists(TestDb db, String table) throws Exception {
        // This test's schema or database only: other tests' tables of the same name live on the same server.
        java.sql.Connection c = db.connection();
        try (ResultSet rs = c.getMetaData().getTables(db.kind() == TestDb.Kind.MARIADB ? c.getCatalog() : null,
                db.kind() == TestDb.Kind.POSTGRESQL ? db.schema() : null, table, null)) {
            return rs.next();
        }
    }
}
