package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.dialect.Namespace;
import dev.godwit.internal.dialect.RunLock;
import dev.godwit.internal.dialect.SessionState;
import dev.godwit.internal.confine.ConfinementRules;
import dev.godwit.internal.script.SplitterOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** SQLite: transactional DDL, one file, no schemas beyond attached databases. */
public final class SqliteDialect implements Dialect {

    /** All of SQLite's keywords: its parser takes some of them as names only in some places. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("""
            abort action add after all alter always analyze and as asc attach autoincrement before begin between by
            cascade case cast check collate column commit conflict constraint create cross current current_date
            current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop
            each else end escape except exclude exclusive exists explain fail filter first following for foreign from
            full generated glob group groups having if ignore immediate in index indexed initially inner insert
            instead intersect into is isnull join key last left like limit match materialized natural no not nothing
            notnull null nulls of offset on or order others outer over partition plan pragma preceding primary query
            raise range recursive references regexp reindex release rename replace restrict returning right rollback
            row rows savepoint select set table temp temporary then ties to transaction trigger unbounded union
            unique update using vacuum values view virtual when where window with without
            """.strip().split("\\s+"));

    /** How {@code sqlite3} cuts a script into statements. */
    public static final SplitterOptions SPLITTER_OPTIONS =
            new SplitterOptions(false, false, false, true, true, false, false, false, false, true, false);

    @Override
    public DialectKind kind() {
        return DialectKind.SQLITE;
    }

    @Override
    public java.util.Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    public String driverClass() {
        return "org.sqlite.JDBC";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** SQLite has no schemas (a name there would mean an attached database): the setting is ignored. */
    @Override
    public String qualified(String schema, String table) {
        return quote(table);
    }

    @Override
    public void useSchema(Connection connection, String schema) {
        // SQLite has no schemas to switch to; 'main' is the only one Godwit writes to.
    }

    @Override
    public void skipCommitFlush(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA synchronous = OFF");
        }
    }

    @Override
    public boolean scratchInMemory() {
        return true;
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        String message = e.getMessage();
        return message != null && message.contains("no such table");
    }

    /** The main database's file, symbolic links resolved; no scope for an in-memory database. */
    @Override
    public Namespace namespace(Connection connection, String configuredSchema) throws SQLException {
        String file = null;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if ("main".equals(rs.getString(2))) {
                    file = rs.getString(3);
                }
            }
        }
        if (file == null || file.isEmpty()) {
            return new Namespace(null, null, null);
        }
        try {
            return new Namespace(null, Path.of(file).toRealPath().toString(), null);
        } catch (IOException | RuntimeException e) {
            return new Namespace(null, Path.of(file).toAbsolutePath().normalize().toString(), null);
        }
    }

    @Override
    public SessionState sessionState(Connection connection) throws SQLException {
        return SqliteSessionState.read(connection);
    }

    @Override
    public RunLock runLock(Namespace namespace, String table) {
        return new SqliteRunLock(namespace.scope() == null ? null : Path.of(namespace.scope() + SqliteRunLock.SUFFIX));
    }

    @Override
    public String identityPrimaryKey() {
        return "id INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER_OPTIONS;
    }

    @Override
    public boolean isFile() {
        return true;
    }

    @Override
    public ConfinementRules confinementRules() {
        return new SqliteConfinement();
    }
}
