package dev.godwit.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What a {@link JavaRevision} runs with: the migration's connection, inside the revision's
 * transaction, and helpers for the usual data-migration shapes. Nothing here commits; the revision
 * is committed with its bookkeeping after {@code upgrade}/{@code downgrade} returns.
 *
 * <p>Rows are maps from column label to value, with case-insensitive keys ({@code row.get("ID")}
 * and {@code row.get("id")} are the same), since databases spell labels differently.
 */
public interface RevisionContext {

    /**
     * The connection of the run. It refuses {@code commit}, {@code rollback},
     * {@code setAutoCommit} and {@code close}: those belong to Godwit.
     */
    Connection connection();

    /** The database's name: {@code postgresql}, {@code mysql} (MySQL and MariaDB) or {@code sqlite}. */
    String dialect();

    /** The id of the revision being run. */
    String revision();

    /** Runs one statement with {@code parameters} bound to its {@code ?}; the update count (0 for DDL). */
    int execute(String sql, Object... parameters) throws SQLException;

    /** Runs a query with {@code parameters}; every row, in order. */
    List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException;

    /** Runs {@code sql} once per parameter list as one JDBC batch; the update counts. */
    int[] executeBatch(String sql, List<List<Object>> parameterLists) throws SQLException;

    /**
     * Walks a query in batches of at most {@code batchSize} rows, in key order (keyset pagination):
     * {@code selectSql} has exactly one {@code ?}, the key to continue after, and orders by that key,
     * which is its first column, e.g. {@code SELECT id, email FROM customers WHERE id > ? ORDER BY id}.
     * The first batch binds {@code start} (a value below every key, e.g. {@code 0}); each next batch
     * binds the first column of the previous batch's last row. Each batch is read completely before
     * {@code handler} gets it, so the handler may update the rows it was given. Stops after a batch
     * shorter than {@code batchSize}. All batches run in the revision's transaction.
     *
     * @return how many rows were handed to {@code handler}
     */
    long inBatches(String selectSql, Object start, int batchSize, BatchHandler handler) throws Exception;

    /** What {@link #inBatches} does with each batch. */
    @FunctionalInterface
    interface BatchHandler {
        void handle(List<Map<String, Object>> rows) throws Exception;
    }
}
