package dev.godwit.internal.render;

import dev.godwit.internal.diff.Op;
import java.util.List;

/**
 * One SQL statement (without a terminating semicolon) and the operations it carries out; a SQLite
 * rebuild carries several operations in several statements.
 *
 * @param outsideTransaction true when the statement cannot share a transaction with statements
 *     that use its result (PostgreSQL's {@code ALTER TYPE … ADD VALUE})
 */
public record RenderedStatement(String sql, List<Op> ops, boolean outsideTransaction) {

    public RenderedStatement {
        ops = List.copyOf(ops);
    }

    public static RenderedStatement of(String sql, Op op) {
        return new RenderedStatement(sql, List.of(op), false);
    }
}
