package dev.godwit.internal.db.mysql;

import dev.godwit.internal.backup.BackupMethod;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.internal.render.Renderer;
import java.util.List;

/** The registry's entry for Mysql: everything of it is in this package. */
public final class MysqlDatabase implements Database {

    /** The server's default port. */
    static final int DEFAULT_PORT = 3306;

    @Override
    public DialectKind kind() {
        return DialectKind.MYSQL;
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public List<String> schemes() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public List<String> jdbcSubprotocols() {
        return List.of("mysql", "mariadb");
    }

    @Override
    public String jdbcUrlPrefix() {
        return "jdbc:mariadb://";
    }

    /** SQLAlchemy's {@code charset} is not a driver setting (the driver speaks utf8mb4). */
    @Override
    public boolean dropsUrlParameter(String name) {
        return name.equals("charset");
    }

    @Override
    public int defaultPort() {
        return DEFAULT_PORT;
    }

    @Override
    public Dialect dialect() {
        return new MysqlDialect();
    }

    @Override
    public SchemaInspector inspector() {
        return new MysqlInspector();
    }

    @Override
    public Renderer renderer() {
        return new MysqlRenderer();
    }

    @Override
    public BackupMethod backupMethod(ToolLocator tools) {
        return new MysqlBackup(tools);
    }
}
