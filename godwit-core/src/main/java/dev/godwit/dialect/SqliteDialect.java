package dev.godwit.dialect;

import java.sql.Connection;
import java.sql.SQLException;

/** SQLite: transactional DDL, one file, no schemas beyond attached databases. */
public final class SqliteDialect implements Dialect {

    @Override
    public DialectKind kind() {
        return DialectKind.SQLITE;
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
    public boolean scratchInMemory() {
        return true;
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        String message = e.getMessage();
        return message != null && message.contains("no such table");
    }

    @Override
    public RunLock runLock(String name) {
        return new SqliteRunLock();
    }

    @Override
    public String identityPrimaryKey() {
        return "id INTEGER PRIMARY KEY AUTOINCREMENT";
    }
}
