package dev.godwit.internal.dialect;

import dev.godwit.internal.confine.ConfinementRules;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.Statement;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything Godwit needs to know about one database family, in one place: how to quote names,
 * whether DDL is transactional, the version table's DDL, how to pick a schema, how to recognise
 * its errors. No other package branches on the database kind.
 */
public interface Dialect {

    DialectKind kind();

    /** The JDBC driver class, loaded by name only when a connection is opened. */
    String driverClass();

    /**
     * Driver settings Godwit connects with unless the URL sets them itself (URL parameters win):
     * how the driver should talk to the server for a migration run.
     */
    default java.util.Map<String, String> connectionDefaults() {
        return java.util.Map.of();
    }

    /** How this database's own command-line client cuts a script into statements. */
    SplitterOptions splitterOptions();

    /** How a model is kept inside its scratch schema on this database (see {@code confine.ModelScope}). */
    ConfinementRules confinementRules();

    /** How a session of this database is kept from hanging: connect and lock-wait limits. */
    default SessionLimits sessionLimits() {
        return SessionLimits.NONE;
    }

    /**
     * The schema (MySQL: database) a session's unqualified names resolve to, or null for a database
     * without schemas; {@code current_schema()} on PostgreSQL (public when none), the catalog on MySQL.
     */
    default String currentNamespace(Connection connection) throws SQLException {
        return null;
    }

    /**
     * Whether the database refuses to drop the last index over a foreign key's columns
     * (MySQL/MariaDB), so that the differ keeps one (see {@code diff.SchemaDiffer}).
     */
    default boolean foreignKeysNeedIndex() {
        return false;
    }

    /**
     * The index a failed {@code statement} left behind unusable (PostgreSQL's INVALID index after a
     * failed {@code CREATE INDEX CONCURRENTLY}), in the way of running it again; null when none (or
     * when that cannot be told). Such an index is dropped before a resume.
     */
    default String invalidIndexLeftBy(Connection connection, Statement statement) {
        return null;
    }

    /** Drops an index {@link #invalidIndexLeftBy} named, as the database requires. */
    default void dropInvalidIndex(Connection connection, String name) throws SQLException {
        throw new UnsupportedOperationException("no invalid indexes on " + kind().displayName());
    }

    /**
     * Whether the database is a file opened in process (SQLite) rather than a server: a missing file
     * reads as an empty database, and a connection failure is about the file's folder.
     */
    default boolean isFile() {
        return false;
    }

    /** Whether DDL runs inside a transaction that can be rolled back (PostgreSQL, SQLite). */
    boolean transactionalDdl();

    /**
     * Quotes an identifier for this database, always (SQL's double quotes unless the dialect says
     * otherwise): Godwit's own statements (version table, schemas) name things this way.
     */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * A name as Godwit writes it in SQL meant for people (generated revisions, their notes): bare
     * when it survives bare, that is a plain lower-case identifier ({@code [a-z_][a-z0-9_]*}) that
     * is not one of {@link #reservedWords()}; {@linkplain #quote quoted} otherwise. Revisions stay
     * readable ({@code tickets}, not {@code "tickets"}) while {@code "Order"}, {@code "user"} and
     * {@code `key`} still work. This is the one quoting rule of rendered SQL.
     */
    default String name(String identifier) {
        return isPlainName(identifier) && !isReserved(identifier) ? identifier : quote(identifier);
    }

    /**
     * The lower-case words this database will not take as a bare table or column name (or takes
     * only in some places), so {@link #name} quotes them. None unless the dialect lists them.
     */
    default java.util.Set<String> reservedWords() {
        return java.util.Set.of();
    }

    /** Whether {@code word} (lower case) is one of {@link #reservedWords()}. */
    default boolean isReserved(String word) {
        return reservedWords().contains(word);
    }

    /** {@code [a-z_][a-z0-9_]*}, checked without a regular expression (names are quoted often). */
    private static boolean isPlainName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !name.isEmpty();
    }

    /** The table name, qualified with the schema when one is configured. */
    default String qualified(String schema, String table) {
        return schema == null || schema.isBlank() ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** DDL that creates the version table (one row per applied head) if it does not exist. */
    default String createVersionTable(String qualifiedTable, String constraintName) {
        return "CREATE TABLE IF NOT EXISTS " + qualifiedTable + " (version_num VARCHAR(64) NOT NULL, "
                + "CONSTRAINT " + quote(constraintName) + " PRIMARY KEY (version_num))" + tableOptions();
    }

    /** Makes {@code schema} the session's default schema (PostgreSQL search_path, MySQL database). */
    void useSchema(Connection connection, String schema) throws SQLException;

    /**
     * Creates {@code schema} if it does not exist and makes it the session's default; called when the
     * version table is first created, so a configured schema need not be created by hand.
     */
    /** Whether {@code schema} (a MySQL/MariaDB database) exists. True by default: SQLite has none. */
    default boolean schemaExists(Connection connection, String schema) throws SQLException {
        return true;
    }

    default void createSchema(Connection connection, String schema) throws SQLException {
        // databases without schemas have nothing to create
    }

    /**
     * What a scratch schema must inherit from the live one so that tables created in it without
     * options come out alike: MySQL's {@code CHARACTER SET … COLLATE …} clause; empty elsewhere.
     *
     * @param schema the live schema, or null for the connection's current one
     */
    default String schemaDefaults(Connection live, String schema) throws SQLException {
        return "";
    }

    /** Creates a scratch schema with {@code defaults} (from {@link #schemaDefaults}) and makes it the default. */
    default void createScratchSchema(Connection connection, String name, String defaults) throws SQLException {
        createSchema(connection, name);
    }

    /**
     * The database a run changes, by name: the URL's database, or, where the `schema` setting names
     * a database of its own (MySQL/MariaDB), that one. A protected environment's confirmation asks
     * for it.
     */
    default String changedDatabase(String urlDatabase, String schema) {
        return urlDatabase;
    }

    /** What this database calls the namespace Godwit's `schema` setting names: "schema" or "database". */
    default String schemaNoun() {
        return "schema";
    }

    /** The GRANT that lets {@code user} create and drop Godwit's scratch schemas on {@code database}. */
    default String scratchGrant(String database, String user) {
        return "GRANT CREATE ON DATABASE " + database + " TO " + user;
    }

    /**
     * Drops a schema made by {@link #createSchema} for a scratch comparison, with everything in it
     * (PostgreSQL DROP SCHEMA … CASCADE, MySQL DROP DATABASE).
     */
    default void dropSchema(Connection connection, String schema) throws SQLException {
        // databases without schemas have nothing to drop
    }

    /**
     * Tells the server that commits on {@code connection} need not wait for the disk: for a scratch
     * database, which is thrown away, so a crash can lose nothing of value. Changes durability only,
     * never what a statement does. Does nothing where only a server-wide setting could (MySQL/MariaDB),
     * or where each run already defers all its flushes but the last ({@link #deferFlushSql}:
     * PostgreSQL, whose run then resets the setting).
     */
    default void skipCommitFlush(Connection connection) throws SQLException {
        // MySQL/MariaDB: innodb_flush_log_at_trx_commit is global; PostgreSQL: deferFlushSql
    }

    /**
     * Whether a scratch database for normalising a desired schema is a fresh in-memory database
     * (SQLite) rather than a temporary schema on the live server.
     */
    default boolean scratchInMemory() {
        return false;
    }

    /**
     * Where the session's unqualified names resolve now, in one query: {@code configuredSchema}
     * (the `schema` setting, already made the session's default) when set, else the session's own.
     */
    Namespace namespace(Connection connection, String configuredSchema) throws SQLException;

    /**
     * Whether a statement may change the session's default schema or database ({@code USE},
     * {@code search_path}), so that the run restores it after the revision. A cheap look at the
     * text: a false alarm costs one statement, a miss cannot move the bookkeeping (it is qualified).
     */
    default boolean mayChangeNamespace(String sql) {
        return false;
    }

    /** The run lock for the version table {@code table} in {@code namespace}. */
    RunLock runLock(Namespace namespace, String table);

    /** The session settings Godwit may change, read from {@code connection} now, to be put back later. */
    SessionState sessionState(Connection connection) throws SQLException;

    /** Options for Godwit's own tables (MySQL/MariaDB: a character set that holds any message). */
    default String tableOptions() {
        return "";
    }

    /** The column type of the audit history's time stamps. */
    default String timestampType() {
        return "TIMESTAMP";
    }

    /** The column definition of an auto-incrementing 64-bit primary key. */
    String identityPrimaryKey();

    /**
     * Whether several data changes can travel as one statement (PostgreSQL's data-modifying WITH),
     * so that a revision's bookkeeping costs one round trip.
     */
    default boolean combinesDataChanges() {
        return false;
    }

    /**
     * Whether a revision's bookkeeping statement and its COMMIT can travel as one request (one round
     * trip instead of two). The driver must send a multi-statement string as one flight and stop at
     * the first error (pgjdbc does both), and {@link #bookkeepingFailed} must be able to tell
     * afterwards which of the two failed.
     */
    default boolean commitsWithBookkeeping() {
        return false;
    }

    /**
     * After a failed "bookkeeping; COMMIT" request: TRUE when the bookkeeping statement failed (the
     * transaction is still open and aborted, the COMMIT never ran), FALSE when the COMMIT itself
     * failed (a deferred constraint, a serialization failure: the transaction is over), null when it
     * cannot tell (the connection is gone). Called only where {@link #commitsWithBookkeeping}.
     */
    default Boolean bookkeepingFailed(Connection connection) {
        return null;
    }

    /**
     * A statement that lets the session's commits return before they are flushed to disk, or null
     * where the database has none; {@link #restoreFlushSql} undoes it. A run uses it for all commits
     * but the last (see dev.godwit.internal.run.DeferredFlush for why that keeps every guarantee).
     */
    default String deferFlushSql() {
        return null;
    }

    /** Restores the session's own flush setting after {@link #deferFlushSql}. */
    default String restoreFlushSql() {
        return null;
    }

    /**
     * Whether statements that cannot run inside a transaction (CREATE INDEX CONCURRENTLY…) must be
     * refused in a transactional revision, so the user marks it `transaction: false` (PostgreSQL).
     */
    default boolean refusesNonTransactionalStatements() {
        return false;
    }

    /** Lines that make {@code schema} exist and the default, at the top of an offline script. */
    default java.util.List<String> offlineUseSchema(String schema, boolean create) {
        return java.util.List.of();
    }

    /**
     * Which of the tables (quoted, possibly schema-qualified names) exist, asked of the catalog in
     * one query; null when the dialect does not ask, and the caller finds out by reading them.
     */
    default boolean[] tablesExist(Connection connection, String... qualifiedNames) throws SQLException {
        return null;
    }

    /** True when the exception says the table (or relation) does not exist. */
    boolean isUndefinedTable(SQLException e);

    /** The statement terminator a client such as psql or mysql needs in an offline script. */
    default String offlineStatement(String sql) {
        return sql + ";";
    }

    /** BEGIN/COMMIT lines for an offline script, or null when DDL cannot be transactional. */
    default String offlineBegin() {
        return transactionalDdl() ? "BEGIN;" : null;
    }

    default String offlineCommit() {
        return transactionalDdl() ? "COMMIT;" : null;
    }

    /** A string literal, for offline scripts. */
    default String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

}
