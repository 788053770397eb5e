package dev.godwit.internal.dialect;

/**
 * Where a session's unqualified names resolve when a run starts, as the database itself names it
 * (not as the configuration spells it), read once per run before the lock is taken.
 *
 * <p>A run qualifies its bookkeeping with {@link #schema}, so that a revision that changes the
 * session's schema or database ({@code USE other}, {@code SET search_path}) cannot move the version
 * table; it takes the lock named after {@link #scope}, so that two spellings of the same place
 * ({@code schema = "public"} and no schema, a symlinked SQLite path) take the same lock; and after
 * a revision that may have changed the session's default it runs {@link #restoreSql}.
 *
 * @param schema the schema (PostgreSQL) or database (MySQL/MariaDB) Godwit's tables are in, or
 *               null where there is none (SQLite) or the session has none
 * @param scope the canonical place the lock is named after: PostgreSQL's database and schema,
 *              MySQL's database (in lower case where the server compares names so), SQLite's
 *              database file with symbolic links resolved; null for an in-memory SQLite database
 * @param restoreSql the statement that makes {@link #schema} the session's default again, or null
 */
public record Namespace(String schema, String scope, String restoreSql) {

    /** The run lock's name for the version table {@code table}. */
    public String lockName(String table) {
        return (scope == null ? "" : scope) + "/" + table;
    }
}
