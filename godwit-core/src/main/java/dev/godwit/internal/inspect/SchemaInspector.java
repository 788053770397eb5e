package dev.godwit.internal.inspect;

import dev.godwit.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads a live schema from the catalog into the {@link Schema} model. Each dialect's inspector
 * reads a whole schema with a fixed, small number of catalog queries, whatever the table count:
 * never a few queries per table, and never recursion over foreign-key chains.
 */
public interface SchemaInspector {

    /**
     * Reads every table, view, enum type and standalone sequence of {@code schema}.
     *
     * @param schema the PostgreSQL schema or MySQL/MariaDB database to read, or null for the
     *     connection's current one; ignored on SQLite (the main database)
     */
    Schema inspect(Connection connection, String schema) throws SQLException;

    /**
     * The catalog queries that list the objects a schema holds and the model leaves out (triggers,
     * routines…), one line per object; each {@code ?} is the schema (null: the connection's own).
     */
    List<String> notModelledQueries();
}
