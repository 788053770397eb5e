package dev.godwit.internal.db;

import dev.godwit.internal.backup.BackupMethod;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.internal.render.Renderer;
import java.util.List;

/**
 * One database Godwit supports, described in one place: its names, the URL schemes that select it,
 * its default port and driver, and the factories for everything that differs by database (dialect
 * with its run lock and splitter rules, inspector, renderer, backup method). Each implementation
 * lives in its own package ({@code db.postgres}, {@code db.mysql}, {@code db.sqlite}) and is listed
 * in {@code META-INF/services/dev.godwit.internal.db.Database}; {@link Databases} finds them.
 */
public interface Database {

    /** The kind this description stands for (the identifier settings and URLs carry). */
    DialectKind kind();

    /** The short lower-case name: {@code postgresql}, {@code mysql}, {@code sqlite}. */
    String name();

    /** The name shown to people: {@code PostgreSQL}, {@code MySQL/MariaDB}, {@code SQLite}. */
    default String displayName() {
        return kind().displayName();
    }

    /** The URL schemes that select it ({@code postgres://…}, {@code postgresql+psycopg://…}), lower case. */
    List<String> schemes();

    /** The JDBC subprotocols that select it ({@code jdbc:postgresql:…}), lower case. */
    List<String> jdbcSubprotocols();

    /** How the JDBC URL Godwit connects with starts, before the hosts: {@code jdbc:postgresql://}; null for a file. */
    String jdbcUrlPrefix();

    /** Whether the database is a file opened in process (SQLite) rather than a server. */
    default boolean isFile() {
        return defaultPort() < 0;
    }

    /** Whether a URL parameter is meant for another tool and left out of the JDBC URL (MySQL's {@code charset}). */
    default boolean dropsUrlParameter(String name) {
        return false;
    }

    /** The server's default TCP port, or -1 for a database without a server. */
    int defaultPort();

    /** The JDBC driver class, loaded by name only when a connection is opened. */
    default String driverClass() {
        return dialect().driverClass();
    }

    /** The dialect: quoting, bookkeeping SQL, run lock, splitter rules, session limits. */
    Dialect dialect();

    /** A new inspector that reads a live schema into the model. */
    SchemaInspector inspector();

    /** A new renderer that turns a change set into this database's SQL. */
    Renderer renderer();

    /** The backup method, finding its tools (if any) with {@code tools}. */
    BackupMethod backupMethod(ToolLocator tools);
}
