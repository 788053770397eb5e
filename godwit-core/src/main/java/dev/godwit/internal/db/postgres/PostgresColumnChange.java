package dev.godwit.internal.db.postgres;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.internal.render.SqlText;
import dev.godwit.schema.Column;
import dev.godwit.schema.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statements that change one PostgreSQL column from one definition to another, one
 * {@code ALTER TABLE … ALTER COLUMN} per changed facet, in an order where each step is allowed:
 *
 * A generated expression that is added or changed cannot be altered in place before PostgreSQL
 * 17: such a column is replaced instead ({@link #needsReplacement}, done by the script, which
 * knows what else reads the column). Otherwise:
 *
 * <ol>
 *   <li>a removed generated expression is {@code DROP EXPRESSION} (the values stay);</li>
 *   <li>the old numbering goes: {@code DROP IDENTITY}, or for a serial column its nextval
 *       default and the sequence it owns ({@code DROP SEQUENCE table_column_seq}, PostgreSQL's
 *       own name for it; a table renamed since keeps the old name, which this cannot know);</li>
 *   <li>the default goes when it is removed, or when the type changes (an old default may not
 *       cast to the new type); it is set again after;</li>
 *   <li>{@code TYPE x [COLLATE "c"] USING column::x} (a collation alone: {@code TYPE x COLLATE "c"});
 *       a serial column's sequence follows an integer type change ({@code ALTER SEQUENCE … AS});</li>
 *   <li>{@code SET}/{@code DROP NOT NULL} (before an identity is added, which needs NOT NULL);</li>
 *   <li>{@code SET DEFAULT};</li>
 *   <li>the new numbering: {@code SET GENERATED} between the two identity kinds, else
 *       {@code ADD GENERATED … AS IDENTITY}, or for serial a sequence {@code table_column_seq}
 *       owned by the column with a nextval default; either way the sequence then continues after
 *       the largest value already in the column, so the next insert does not collide;</li>
 *   <li>{@code COMMENT ON COLUMN}.</li>
 * </ol>
 */
final class PostgresColumnChange {

    private final Identifiers ids;
    private final String table;
    private final Column from;
    private final Column to;
    private final String alter;
    private final List<String> out = new ArrayList<>();

    private PostgresColumnChange(Identifiers ids, String table, Column from, Column to) {
        this.ids = ids;
        this.table = table;
        this.from = from;
        this.to = to;
        this.alter = "ALTER TABLE " + ids.quote(table) + " ALTER COLUMN " + ids.quote(to.name()) + " ";
    }

    static List<String> statements(Identifiers ids, String table, Column from, Column to) {
        return new PostgresColumnChange(ids, table, from, to).render();
    }

    /** True when the column must be dropped and added again: it gets a new generated expression. */
    static boolean needsReplacement(Column from, Column to) {
        return to.generated() != null && !Objects.equals(from.generated(), to.generated());
    }

    private List<String> render() {
        if (needsReplacement(from, to)) {
            throw new IllegalArgumentException("column " + table + "." + to.name() + " is replaced, not altered");
        }
        if (from.generated() != null && to.generated() == null) {
            out.add(alter + "DROP EXPRESSION");
        }
        Identity fromNumbering = numbering(from);
        Identity toNumbering = numbering(to);
        boolean numberingChanges = fromNumbering != toNumbering;
        if (numberingChanges) {
            dropNumbering(fromNumbering, toNumbering);
        }
        boolean typeChanges = !from.type().equals(to.type());
        boolean collationChanges = !Objects.equals(from.collation(), to.collation());
        String fromDefault = PostgresColumns.plainDefault(from);
        String toDefault = PostgresColumns.plainDefault(to);
        boolean defaultChanges = !Objects.equals(fromDefault, toDefault);
        boolean dropDefault = fromDefault != null && (typeChanges || toDefault == null);
        if (dropDefault) {
            out.add(alter + "DROP DEFAULT");
        }
        if (typeChanges || collationChanges) {
            changeType(typeChanges, collationChanges, fromNumbering, toNumbering);
        }
        if (from.nullable() != to.nullable()) {
            out.add(alter + (to.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (toDefault != null && (dropDefault || defaultChanges)) {
            out.add(alter + "SET DEFAULT " + toDefault);
        }
        if (numberingChanges) {
            addNumbering(fromNumbering, toNumbering);
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(comment(to.comment()));
        }
        return out;
    }

    private void dropNumbering(Identity fromNumbering, Identity toNumbering) {
        if (PostgresColumns.isIdentity(fromNumbering) && !PostgresColumns.isIdentity(toNumbering)) {
            out.add(alter + "DROP IDENTITY");
        } else if (fromNumbering == Identity.SERIAL) {
            out.add(alter + "DROP DEFAULT");
            out.add("DROP SEQUENCE " + ids.quote(sequence()));
        }
    }

    private void changeType(boolean typeChanges, boolean collationChanges, Identity fromNumbering,
            Identity toNumbering) {
        StringBuilder sql = new StringBuilder(alter).append("TYPE ").append(to.type().sql());
        if (to.collation() != null) {
            sql.append(" COLLATE ").append(PostgresColumns.collation(to.collation()));
        } else if (collationChanges) {
            sql.append(" COLLATE \"default\"");
        }
        if (typeChanges) {
            sql.append(" USING ").append(ids.quote(to.name())).append("::").append(to.type().sql());
        }
        out.add(sql.toString());
        if (typeChanges && fromNumbering == Identity.SERIAL && toNumbering == Identity.SERIAL) {
            out.add("ALTER SEQUENCE " + ids.quote(sequence()) + " AS " + PostgresColumns.sequenceType(to.type()));
        }
    }

    private void addNumbering(Identity fromNumbering, Identity toNumbering) {
        if (PostgresColumns.isIdentity(toNumbering)) {
            if (PostgresColumns.isIdentity(fromNumbering)) {
                out.add(alter + "SET GENERATED " + PostgresColumns.identityKind(toNumbering));
                return;
            }
            out.add(alter + "ADD GENERATED " + PostgresColumns.identityKind(toNumbering) + " AS IDENTITY");
            continueAfterLargest("pg_get_serial_sequence(" + SqlText.literal(ids.quote(table)) + ", "
                    + SqlText.literal(to.name()) + ")");
        } else if (toNumbering == Identity.SERIAL) {
            String sequence = ids.quote(sequence());
            out.add("CREATE SEQUENCE " + sequence + " AS " + PostgresColumns.sequenceType(to.type()) + " OWNED BY "
                    + ids.quote(table) + "." + ids.quote(to.name()));
            out.add(alter + "SET DEFAULT nextval(" + SqlText.literal(sequence) + "::regclass)");
            continueAfterLargest(SqlText.literal(sequence));
        }
    }

    /** Makes the sequence's next value follow the largest value already in the column. */
    private void continueAfterLargest(String sequenceExpression) {
        String column = ids.quote(to.name());
        out.add("SELECT setval(" + sequenceExpression + ", GREATEST(COALESCE(MAX(" + column + "), 0) + 1, 1), false) FROM "
                + ids.quote(table));
    }

    private String comment(String text) {
        return "COMMENT ON COLUMN " + ids.quote(table) + "." + ids.quote(to.name()) + " IS "
                + (text == null ? "NULL" : SqlText.literal(text));
    }

    private String sequence() {
        return PostgresNames.serialSequence(table, to.name());
    }

    /** How PostgreSQL numbers the column; AUTO_INCREMENT belongs to other databases and counts as none. */
    private static Identity numbering(Column column) {
        return column.identity() == Identity.AUTO_INCREMENT ? Identity.NONE : column.identity();
    }
}
