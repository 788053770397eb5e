package dev.godwit.internal.db.postgres;

import dev.godwit.internal.backup.BackupMethod;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.internal.render.Renderer;
import java.util.List;

/** The registry's entry for Postgres: everything of it is in this package. */
public final class PostgresDatabase implements Database {

    /** The server's default port. */
    static final int DEFAULT_PORT = 5432;

    @Override
    public DialectKind kind() {
        return DialectKind.POSTGRESQL;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public List<String> schemes() {
        return List.of("postgres", "postgresql");
    }

    @Override
    public List<String> jdbcSubprotocols() {
        return List.of("postgresql");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:postgresql://";
    }

    @Override
    public int defaultPort() {
        return DEFAULT_PORT;
    }

    @Override
    public Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    public SchemaInspector inspector() {
        return new PostgresInspector();
    }

    @Override
    public Renderer renderer() {
        return new PostgresRenderer();
    }

    @Override
    public BackupMethod backupMethod(ToolLocator tools) {
        return new PostgresBackup(tools);
    }
}
