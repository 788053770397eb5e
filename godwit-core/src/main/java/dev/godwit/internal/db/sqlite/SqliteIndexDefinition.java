package dev.godwit.internal.db.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * The key texts and the WHERE predicate of a CREATE INDEX statement as SQLite keeps it: the
 * pragmas report expression keys only as "an expression" (cid -2) and a partial index only as
 * "partial", so the text of both comes from the statement, as written.
 *
 * @param keys each indexed column or expression in order, without its ASC/DESC (the pragma
 *     reports the direction)
 * @param where the predicate after WHERE, or null
 */
record SqliteIndexDefinition(List<Key> keys, String where) {

    SqliteIndexDefinition {
        keys = List.copyOf(keys);
    }

    /**
     * One key as written.
     *
     * @param text the column or expression, with any COLLATE clause, without ASC/DESC
     * @param collated whether the key carries its own top-level COLLATE clause
     */
    record Key(String text, boolean collated) {
    }

    /** Reads {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (keys) [WHERE predicate]}. */
    static SqliteIndexDefinition parse(String sql) {
        SqliteDdlTokens tokens = SqliteDdlTokens.of(sql);
        int open = tokens.firstOpening(0, tokens.size() - 1);
        if (open < 0) {
            return new SqliteIndexDefinition(List.of(), null);
        }
        int close = tokens.closing(open);
        List<Key> keys = new ArrayList<>();
        for (int[] item : tokens.split(open + 1, close - 1)) {
            int last = item[1];
            if (last > item[0] && (tokens.isWord(last, "ASC") || tokens.isWord(last, "DESC"))) {
                last--;
            }
            boolean collated = false;
            for (int i = item[0]; i <= last; i = tokens.skip(i)) {
                collated |= tokens.isWord(i, "COLLATE");
            }
            keys.add(new Key(tokens.text(item[0], last), collated));
        }
        String where = tokens.isWord(close + 1, "WHERE") ? tokens.textFrom(close + 2) : null;
        return new SqliteIndexDefinition(keys, where);
    }
}
