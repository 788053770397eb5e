package dev.godwit.api;

import java.util.List;

/**
 * A revision written in Java, for what SQL cannot say well: a data migration that transforms values
 * with the application's own code, in batches. It sits in the same graph as the SQL revision files
 * (its parents and children may be either kind) and runs like one: on the migration's connection,
 * inside the revision's transaction where the database allows it, recorded with the same
 * bookkeeping and audit row. The methods mirror a revision file's header: {@link #id()} is
 * {@code revision:}, {@link #revises()} {@code revises:}, and so on.
 *
 * <p>An implementation needs a public no-argument constructor when Godwit finds it by itself (a
 * {@code .java} file in the migrations folder, or a package scanned on the class path).
 */
public interface JavaRevision {

    /** The revision id: letters, digits and {@code _}, as in a revision file's header. */
    String id();

    /** The parent ids: empty for a base (a root of the graph), two or more for a merge. */
    List<String> revises();

    /** One line describing the revision; shown by {@code history}, {@code show} and progress lines. */
    default String message() {
        return "";
    }

    /** Labels for the branch this revision starts ({@code branch-labels:}). */
    default List<String> branchLabels() {
        return List.of();
    }

    /** Revisions or labels to apply first without being parents ({@code depends-on:}). */
    default List<String> dependsOn() {
        return List.of();
    }

    /**
     * False runs the revision outside a transaction, as {@code transaction: false} does for a file:
     * then each statement the code runs commits on its own.
     */
    default boolean transactional() {
        return true;
    }

    /**
     * False when the revision cannot be undone: a downgrade past it is then refused before anything
     * runs, as for a revision file with no downgrade section.
     */
    default boolean reversible() {
        return true;
    }

    /**
     * Applies the revision. Run what it needs through {@code context}; do not commit, roll back or
     * change the connection's auto-commit mode: Godwit commits the revision with its bookkeeping.
     * Any exception fails the revision, which is then rolled back where the database allows it.
     */
    void upgrade(RevisionContext context) throws Exception;

    /** Undoes the revision, with the same rules as {@link #upgrade}. */
    void downgrade(RevisionContext context) throws Exception;
}
