package dev.godwit.internal.model;

import dev.godwit.spi.DdlStatement;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.confine.ModelScope;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.internal.connect.Connector;
import dev.godwit.internal.connect.Errors;
import dev.godwit.schema.Schema;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Normalises a desired schema: runs its DDL on a throw-away database of the same kind and inspects
 * the result. SQLite uses a fresh in-memory database; PostgreSQL a temporary schema and
 * MySQL/MariaDB a temporary database, made on the server of {@code dev_url} when one is configured
 * and on the live server otherwise, and dropped afterwards whatever happens.
 */
public final class ScratchDatabase {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Dialect dialect;
    private final SchemaInspector inspector;
    private final DatabaseUrl server;
    private final boolean devUrl;

    /**
     * @param inspector reads the scratch schema back, with what the model leaves out
     * @param server where the scratch schema is made: the {@code dev_url} database, or the live one
     * @param devUrl whether {@code server} is the configured {@code dev_url} (for messages)
     */
    public ScratchDatabase(Dialect dialect, SchemaInspector inspector, DatabaseUrl server, boolean devUrl) {
        this.dialect = dialect;
        this.inspector = inspector;
        this.server = server;
        this.devUrl = devUrl;
    }

    /**
     * The schema {@code statements} create on an empty database, as the database spells it.
     *
     * @param defaults what the scratch schema inherits from the live one ({@link Dialect#schemaDefaults})
     * @param own the schema (MySQL: database) the model stands for; its name in the model is mapped
     *     onto the scratch, and a statement that reaches any other is refused ({@link ModelScope})
     */
    public Schema normalise(List<DdlStatement> model, String description, String defaults, String own) {
        if (dialect.scratchInMemory()) {
            DatabaseUrl memory = DatabaseUrl.parse("sqlite://", java.nio.file.Path.of(""));
            List<DdlStatement> statements = new ModelScope(dialect.confinementRules(), own, java.util.Set.of())
                    .confine(model, description);
            try (Connection connection = Connector.open(memory, dialect, null)) {
                Schema fast = rolledBack(connection, null, defaults, statements);
                if (fast != null) {
                    return fast;
                }
                run(connection, statements, description);
                return read(connection, null);
            } catch (SQLException e) {
                throw failure("read back", e);
            }
        }
        String name = "godwit_scratch_" + Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        try (Connection connection = Connector.open(server, dialect, null)) {
            List<DdlStatement> statements = ModelScope.on(connection, dialect.confinementRules(), own).confine(model, description);
            if (dialect.transactionalDdl()) {
                Schema fast = rolledBack(connection, name, defaults, statements);
                if (fast != null) {
                    return fast;
                }
            }
            create(connection, name, defaults);
            try {
                dialect.useSchema(connection, name);
                run(connection, statements, description);
                return read(connection, name);
            } catch (SQLException e) {
                throw failure("read back", e);
            } finally {
                drop(connection, name);
            }
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    /**
     * Where DDL is transactional (PostgreSQL, SQLite), the fast way: the scratch schema, the model's
     * statements in one batch (one round trip) and the inspection all in one transaction that is
     * rolled back, so nothing is committed, flushed or dropped. Null when the batch fails (a broken
     * statement, a statement that cannot run in a transaction, a model too big for one
     * transaction's locks): the caller then runs the statements one by one, which names the one
     * that fails.
     *
     * @param name the scratch schema to create, or null to work in the connection's own database
     */
    private Schema rolledBack(Connection connection, String name, String defaults, List<DdlStatement> statements)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (name != null) {
                create(connection, name, defaults);
                dialect.useSchema(connection, name);
            }
            try (Statement s = connection.createStatement()) {
                for (DdlStatement ddl : statements) {
                    s.addBatch(ddl.sql());
                }
                s.executeBatch();
            } catch (SQLException e) {
                return null;
            }
            return read(connection, name);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** The schema as the inspector reads it, with the objects it does not model listed ({@link NotModelled}). */
    private Schema read(Connection connection, String name) throws SQLException {
        Schema schema = inspector.inspect(connection, name);
        return schema.withNotModelled(NotModelled.list(connection, inspector.notModelledQueries(), name));
    }

    private void create(Connection connection, String name, String defaults) {
        try {
            dialect.createScratchSchema(connection, name, defaults);
        } catch (SQLException e) {
            String what = dialect.schemaNoun();
            String grant = dialect.scratchGrant(server.database(), user());
            throw new GodwitException(ErrorCode.MODEL_FAILED,
                    "Could not create a scratch " + what + " on " + server.masked()
                    + " to normalise the desired schema: " + Errors.firstLine(e),
                    (devUrl ? "The user of dev_url" : "The user") + " needs the privilege to create a " + what
                            + " (" + grant + "), or set `dev_url` in godwit.toml to a database server where it has it.",
                    e);
        }
    }

    private void drop(Connection connection, String name) {
        try {
            dialect.dropSchema(connection, name);
        } catch (SQLException e) {
            throw new GodwitException(ErrorCode.MODEL_FAILED,
                    "Could not drop the scratch schema " + name + " on " + server.masked() + ": "
                    + Errors.firstLine(e), "Drop it by hand; it holds only the model's empty tables.",
                    e);
        }
    }

    private void run(Connection connection, List<DdlStatement> statements, String description) {
        try (Statement s = connection.createStatement()) {
            for (DdlStatement ddl : statements) {
                try {
                    s.execute(ddl.sql());
                } catch (SQLException e) {
                    throw new GodwitException(ErrorCode.MODEL_FAILED,
                            "The desired schema does not run on " + dialect.kind().displayName()
                            + ": " + ddl.where() + ": " + Errors.firstLine(e) + "\n    "
                            + shortened(ddl.sql()),
                            "Fix that statement in " + description + "; it must run on an empty database.", e);
                }
            }
        } catch (SQLException e) {
            throw failure("run", e);
        }
    }

    private String user() {
        return server.user() == null || server.user().isBlank() ? "<user>" : server.user();
    }

    private GodwitException failure(String what, SQLException e) {
        return new GodwitException(ErrorCode.MODEL_FAILED,
                "Could not " + what + " the scratch database on " + server.masked() + ": "
                + Errors.firstLine(e), "The cause has the full error.", e, Map.of("see", "cause"));
    }

    private static String shortened(String sql) {
        String one = sql.strip().replaceAll("\\s+", " ");
        return one.length() > 120 ? one.substring(0, 117) + "..." : one;
    }
}
