package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.inspect.SchemaFingerprint;
import dev.godwit.internal.inspect.SchemaInspector;
import dev.godwit.schema.Schema;
import dev.godwit.schema.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads SQLite's main database into the model with the four catalog queries of
 * {@link SqliteCatalog}, whatever the table count, then builds tables and views in memory.
 *
 * <p>Canonical forms (both sides of a comparison are read by this class, so equivalent DDL must
 * read alike):
 *
 * <ul>
 *   <li>a column type is the declared type with canonical spacing ({@link SqliteTypes}); an
 *       untyped column reads as {@code BLOB}, the type with the same (BLOB) affinity;
 *   <li>defaults are made canonical by {@link SqliteDefaults};
 *   <li>the primary key, unique constraint and foreign key names come from their CONSTRAINT
 *       clauses (null without one); {@code INTEGER PRIMARY KEY AUTOINCREMENT} is
 *       {@link dev.godwit.schema.Identity#AUTO_INCREMENT};
 *   <li>a column collation is upper case, and BINARY (the default) reads as none;
 *   <li>CHECK and generated-column expressions are the text inside their parentheses, as written;
 *       an index's expression keys and WHERE predicate are as written; a view's definition is the
 *       text after its top-level AS.
 * </ul>
 *
 * <p>Not modelled: WITHOUT ROWID and STRICT (the model has no place for them), whether a generated
 * column is STORED or VIRTUAL, a view's column list, a key's own COLLATE in a UNIQUE constraint,
 * triggers, virtual tables (and their shadow tables).
 */
final class SqliteInspector implements SchemaInspector {

    @Override
    public Schema inspect(Connection connection, String schema) throws SQLException {
        return read(connection, null);
    }

    @Override
    public Schema inspectTables(Connection connection, String schema, Set<String> tables) throws SQLException {
        return read(connection, Set.copyOf(tables));
    }

    @Override
    public SchemaFingerprint fingerprint(Connection connection, String schema) throws SQLException {
        return SqliteFingerprint.read(connection);
    }

    private static Schema read(Connection connection, Set<String> only) throws SQLException {
        SqliteCatalog catalog = SqliteCatalog.read(connection, only);
        List<View> views = new ArrayList<>();
        for (Map.Entry<String, String> view : catalog.views().entrySet()) {
            views.add(new View(view.getKey(), SqliteViewParser.query(view.getValue())));
        }
        return new Schema(new SqliteTableAssembler(catalog).tables(only), views, List.of(), List.of());
    }

    @Override
    public List<String> notModelledQueries() {
        return SqliteNotModelled.QUERIES;
    }
}
