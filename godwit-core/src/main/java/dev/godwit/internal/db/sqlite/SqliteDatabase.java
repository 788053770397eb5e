package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.backup.BackupMethod;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.internal.render.Renderer;
import java.util.List;

/** The registry's entry for Sqlite: everything of it is in this package. */
public final class SqliteDatabase implements Database {

    /** The server's default port. */
    static final int DEFAULT_PORT = -1;

    @Override
    public DialectKind kind() {
        return DialectKind.SQLITE;
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public List<String> schemes() {
        return List.of("sqlite");
    }

    @Override
    public List<String> jdbcSubprotocols() {
        return List.of("sqlite");
    }

    @Override
    public String jdbcUrlPrefix() {
        return null;
    }

    @Override
    public int defaultPort() {
        return DEFAULT_PORT;
    }

    @Override
    public Dialect dialect() {
        return new SqliteDialect();
    }

    @Override
    public SchemaInspector inspector() {
        return new SqliteInspector();
    }

    @Override
    public Renderer renderer() {
        return new SqliteRenderer();
    }

    @Override
    public BackupMethod backupMethod(ToolLocator tools) {
        return new SqliteBackup();
    }
}
