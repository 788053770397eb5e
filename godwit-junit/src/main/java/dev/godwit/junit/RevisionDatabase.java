package dev.godwit.junit;

import dev.godwit.Godwit;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.Status;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The configured database brought to a revision, with a test's rows in it: upgrade it further with
 * {@link #upgrade} and assert what the data migration did through {@link #connection()}. Closing it
 * closes the connection (the database keeps its state).
 */
public final class RevisionDatabase implements AutoCloseable {
    private final Godwit godwit;
    private final GodwitExtension project;
    private Connection connection;

    private RevisionDatabase(Godwit godwit, GodwitExtension project) {
        this.godwit = godwit;
        this.project = project;
    }

    static RevisionDatabase open(GodwitExtension project, String revision, String... statements) {
        project.jdbcUrl(); // a URL a driver cannot open (postgres://...) is refused before anything changes
        Godwit godwit = project.godwit();
        Status status = godwit.current();
        if (!status.current().isEmpty()) {
            godwit.downgrade("base");
        }
        godwit.upgrade(revision);
        RevisionDatabase database = new RevisionDatabase(godwit, project);
        try (Statement s = database.connection().createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            database.close();
            throw new IllegalStateException("The test data did not go in at " + revision + ": " + e.getMessage(), e);
        }
        return database;
    }

    /** The JDBC URL of the database given to {@code forUrl} (with its user and password); null with a DataSource. */
    public String jdbcUrl() {
        return project.jdbcUrl();
    }

    /** A connection to the database, opened on first use, closed by {@link #close()}. */
    public Connection connection() throws SQLException {
        if (connection == null) {
            connection = project.connect();
        }
        return connection;
    }

    /** Upgrades to {@code target} ({@code head}, a revision, {@code +1}). */
    public MigrationResult upgrade(String target) {
        return godwit.upgrade(target);
    }

    /** Downgrades to {@code target}. */
    public MigrationResult downgrade(String target) {
        return godwit.downgrade(target);
    }

    /** The project's Godwit. */
    public Godwit godwit() {
        return godwit;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new GodwitException(dev.godwit.api.ErrorCode.DATABASE_FAILED, "Could not close the connection to "
                        + godwit.configuration().database() + ": " + e.getMessage(), "The cause has the full error.", e);
            }
            connection = null;
        }
    }
}
