package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.List;
import java.util.Set;

/**
 * Finds the statements that begin, end or split a transaction ({@code BEGIN}, {@code START
 * TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}, {@code SAVEPOINT},
 * {@code RELEASE}, {@code SET autocommit}, {@code XA …}, {@code PREPARE TRANSACTION}) in a section
 * about to run, from each statement's first words.
 *
 * <p>A revision Godwit runs in a transaction of its own must not hold any: a {@code COMMIT} would
 * make part of it permanent, a {@code ROLLBACK} would undo Godwit's own bookkeeping, while Godwit
 * would report the revision as rolled back or applied. In a {@code transaction: false} revision they
 * are allowed (each statement runs on its own, and grouping some in a transaction is the author's
 * choice), provided no transaction is left open at the end of the section.
 *
 * <p>{@code BEGIN … END} inside a routine ({@code CREATE FUNCTION}, {@code CREATE PROCEDURE},
 * {@code CREATE TRIGGER}, a {@code DO $$ … $$} block) is part of a statement that starts with
 * another word, so it is never taken for transaction control; neither is MariaDB's
 * {@code BEGIN NOT ATOMIC … END} block.
 */
public final class TransactionControl {
    /** What a statement does to the transaction. */
    enum Effect { NONE, OPENS, CLOSES, INSIDE }

    private static final Set<String> BEGIN_MODIFIERS =
            Set.of("TRANSACTION", "WORK", "DEFERRED", "IMMEDIATE", "EXCLUSIVE", "ISOLATION", "READ", "NOT", "DEFERRABLE");

    private TransactionControl() {}

    /**
     * Refuses transaction control in a transactional revision, and a transaction left open at the
     * end of a {@code transaction: false} one. The message names the file and line; nothing has run.
     */
    public static void check(RevisionFile file, List<Statement> statements, boolean upgrade) {
        Statement opened = null;
        for (Statement s : statements) {
            List<String> words = TransactionHints.words(s.normalized());
            Effect effect = effect(words);
            if (effect == Effect.NONE) {
                continue;
            }
            if (file.transactional()) {
                throw new GodwitException(ErrorCode.BAD_REVISION_FILE,
                        file.path() + ":" + s.line() + ": statement " + s.index() + " of the "
                        + (upgrade ? "upgrade" : "downgrade") + " controls the transaction: " + s.shortened(80),
                        "Godwit runs a revision in one transaction and commits it with its version row, so `"
                                + keyword(words) + "` there would commit or roll back part of it behind Godwit's "
                                + "back. Remove it; or, to run the statements one by one and group them yourself, "
                                + "add `-- transaction: false` to the header of " + file.path().getFileName()
                                + " (above `-- +upgrade`). Nothing was run.");
            }
            if (effect == Effect.OPENS) {
                opened = s;
            } else if (effect == Effect.CLOSES) {
                opened = null;
            }
        }
        if (opened != null) {
            throw new GodwitException(ErrorCode.BAD_REVISION_FILE,
                    file.path() + ":" + opened.line() + ": statement " + opened.index() + " of the "
                    + (upgrade ? "upgrade" : "downgrade") + " opens a transaction that the section never ends: "
                    + opened.shortened(80),
                    "End it with `COMMIT;` before the end of the section, so that Godwit records the revision "
                            + "outside any transaction of yours. Nothing was run.");
        }
    }

    /**
     * The keyword (`COMMIT`, `SET AUTOCOMMIT`…) when {@code sql}, a statement's raw text, begins, ends
     * or splits a transaction; null when it does not. For SQL that code sends through JDBC.
     */
    public static String controlKeyword(String sql) {
        List<String> words = TransactionHints.words(SqlNormalizer.normalize(sql));
        return effect(words) == Effect.NONE ? null : keyword(words);
    }

    /** True when the statement begins, ends or splits a transaction. */
    static boolean isTransactionControl(String normalized) {
        return effect(TransactionHints.words(normalized)) != Effect.NONE;
    }

    static Effect effect(List<String> w) {
        if (w.isEmpty()) {
            return Effect.NONE;
        }
        switch (w.get(0)) {
            case "BEGIN":
                return beginsTransaction(w) ? Effect.OPENS : Effect.NONE;
            case "START":
                return w.size() > 1 && w.get(1).equals("TRANSACTION") ? Effect.OPENS : Effect.NONE;
            case "COMMIT":
                return w.contains("CHAIN") && !w.contains("NO") ? Effect.INSIDE : Effect.CLOSES;
            case "END":
            case "ABORT":
                return w.size() == 1 || w.get(1).equals("TRANSACTION") || w.get(1).equals("WORK")
                        || w.get(1).equals("AND") ? Effect.CLOSES : Effect.NONE;
            case "ROLLBACK":
                return w.contains("TO") ? Effect.INSIDE : Effect.CLOSES;
            case "SAVEPOINT":
            case "RELEASE":
                return Effect.INSIDE;
            case "PREPARE":
                return w.size() > 1 && w.get(1).equals("TRANSACTION") ? Effect.CLOSES : Effect.NONE;
            case "XA":
                return Effect.INSIDE;
            case "SET":
                return setsAutocommit(w) ? Effect.INSIDE : Effect.NONE;
            default:
                return Effect.NONE;
        }
    }

    /**
     * {@code BEGIN}, {@code BEGIN TRANSACTION}, {@code BEGIN WORK}, SQLite's {@code BEGIN IMMEDIATE}…,
     * PostgreSQL's {@code BEGIN ISOLATION LEVEL …}; not MariaDB's {@code BEGIN NOT ATOMIC} block.
     */
    private static boolean beginsTransaction(List<String> w) {
        if (w.size() == 1) {
            return true;
        }
        if (w.get(1).equals("NOT")) {
            return !(w.size() > 2 && w.get(2).equals("ATOMIC"));
        }
        return BEGIN_MODIFIERS.contains(w.get(1));
    }

    /** {@code SET autocommit = …}, {@code SET SESSION autocommit}, {@code SET @@autocommit} (MySQL). */
    private static boolean setsAutocommit(List<String> w) {
        int i = 1;
        while (i < w.size() && (w.get(i).equals("SESSION") || w.get(i).equals("LOCAL"))) {
            i++;
        }
        return i < w.size() && w.get(i).equals("AUTOCOMMIT");
    }

    private static String keyword(List<String> w) {
        return w.size() > 1 && (w.get(0).equals("START") || w.get(0).equals("SET")) ? w.get(0) + " " + w.get(1)
                : w.get(0);
    }
}
