package dev.godwit.internal.inspect;

import dev.godwit.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

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
     * Reads only the tables named in {@code tables} (names that are no table are ignored), with every
     * view, enum type and sequence, each exactly as {@link #inspect} reads it. This default reads
     * the whole schema and leaves the other tables out; dialects narrow their catalog queries.
     */
    default Schema inspectTables(Connection connection, String schema, Set<String> tables) throws SQLException {
        Schema all = inspect(connection, schema);
        return new Schema(all.tables().stream().filter(t -> tables.contains(t.name())).toList(), all.views(),
                all.enums(), all.sequences(), all.notModelled());
    }

    /**
     * The schema's {@link SchemaFingerprint}, from one cheap catalog query, or null where the
     * dialect has none (then {@link IncrementalInspection} reads the whole schema every time).
     */
    default SchemaFingerprint fingerprint(Connection connection, String schema) throws SQLException {
        return null;
    }

    /**
     * The catalog queries that list the objects a schema holds and the model leaves out (triggers,
     * routines…), one line per object; each {@code ?} is the schema (null: the connection's own).
     */
    List<String> notModelledQueries();
}
