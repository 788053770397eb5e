package dev.godwit.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** PostgreSQL: transactional DDL, double-quoted identifiers, search_path for the schema. */
public final class PostgresDialect implements Dialect {

    @Override
    public DialectKind kind() {
        return DialectKind.POSTGRESQL;
    }

    @Override
    public String driverClass() {
        return "org.postgresql.Driver";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET search_path TO " + quote(schema));
        }
    }

    @Override
    public void createSchema(Connection connection, String schema) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + quote(schema));
        }
    }

    @Override
    public java.util.List<String> offlineUseSchema(String schema, boolean create) {
        String set = "SET search_path TO " + quote(schema);
        return create ? java.util.List.of("CREATE SCHEMA IF NOT EXISTS " + quote(schema), set) : java.util.List.of(set);
    }

    @Override
    public boolean isUndefinedTable(SQLException e) {
        return "42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState());
    }
}
