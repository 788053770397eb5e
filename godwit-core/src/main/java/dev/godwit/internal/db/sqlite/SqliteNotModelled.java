package dev.godwit.internal.db.sqlite;

import java.util.List;

/**
 * The catalog queries that list what a Sqlite schema holds and the schema model leaves out:
 * triggers. One line per object, such as {@code trigger tickets_touch on tickets}; a {@code ?}
 * is the schema (null: the connection's own).
 */
final class SqliteNotModelled {

    static final List<String> QUERIES = List.of(
            "SELECT 'trigger ' || name || ' on ' || tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY 1");

    private SqliteNotModelled() {
    }
}
