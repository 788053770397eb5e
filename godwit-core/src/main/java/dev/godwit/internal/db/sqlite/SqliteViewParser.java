package dev.godwit.internal.db.sqlite;

/**
 * The query of a CREATE VIEW statement as SQLite keeps it: everything after the first top-level
 * {@code AS} (after the name and an optional column list), trimmed, as written.
 */
final class SqliteViewParser {

    private SqliteViewParser() {
    }

    static String query(String sql) {
        SqliteDdlTokens tokens = SqliteDdlTokens.of(sql);
        for (int i = 0; i < tokens.size(); i = tokens.skip(i)) {
            if (tokens.isWord(i, "AS")) {
                return tokens.textFrom(i + 1);
            }
        }
        return sql == null ? "" : sql.strip();
    }
}
