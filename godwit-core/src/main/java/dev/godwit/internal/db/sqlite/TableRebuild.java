package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.internal.render.SqlText;
import dev.godwit.schema.Column;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQLite's way of changing what ALTER TABLE cannot: build the table anew under another name,
 * copy the rows, drop the old table and give the new one its name (the generalised procedure of
 * SQLite's ALTER TABLE documentation), all inside the revision's transaction:
 *
 * <ol>
 *   <li>{@code PRAGMA defer_foreign_keys = ON}: {@code PRAGMA foreign_keys} cannot change inside
 *       a transaction, so when enforcement is on, foreign keys are checked at commit instead of
 *       mid-rebuild. Godwit's connections leave enforcement off (the driver's default); no
 *       {@code PRAGMA foreign_key_check} runs, integrity is left to those deferred checks.</li>
 *   <li>When other tables (or the table itself) reference this one, a guard first: with
 *       enforcement on, dropping the old table would run its foreign keys' ON DELETE actions
 *       (CASCADE deletes the referencing rows, SET NULL clears them) or leave violations the
 *       commit refuses, so the rebuild stops with a CHECK failure that says why.</li>
 *   <li>{@code CREATE TABLE _godwit_new_<t>} as the target schema defines the table.</li>
 *   <li>For an AUTOINCREMENT table, the counter is carried over, so numbers of deleted rows are
 *       not handed out again.</li>
 *   <li>{@code INSERT INTO _godwit_new_<t> (…) SELECT … FROM t}: the columns both definitions
 *       have (not generated ones); new columns take their defaults; a column that becomes NOT
 *       NULL takes its default where it held NULL. A new NOT NULL column without a default makes
 *       the copy fail on a table with rows, as it should.</li>
 *   <li>{@code DROP TABLE t}, then the rename, with {@code PRAGMA legacy_alter_table = ON} around
 *       it: since SQLite 3.26 a rename re-reads every view and trigger of the schema, and a view on
 *       {@code t} fails while {@code t} is missing; in legacy mode the view's text, which names
 *       {@code t}, is left alone and reads the new table.</li>
 *   <li>The indexes the table had at that point and keeps in the target, unchanged, are created
 *       again; indexes that are new or changed come from their own CreateIndex operations.
 *       Triggers on the table would be lost with the old table: the model has none.</li>
 * </ol>
 */
final class TableRebuild {

    static final String PREFIX = "_godwit_new_";

    private TableRebuild() {
    }

    /**
     * @param current the table as it is when the rebuild runs
     * @param target the table as the target schema defines it
     * @param createNew CREATE TABLE for the target, named {@link #newName}
     * @param indexes CREATE INDEX for the indexes to recreate
     * @param referenced whether a foreign key (another table's, or its own) references the table
     */
    static List<String> statements(Identifiers ids, Table current, Table target, String createNew, List<String> indexes,
            boolean referenced) {
        String table = ids.quote(current.name());
        String fresh = ids.quote(newName(current.name()));
        List<String> out = new ArrayList<>();
        if (referenced) {
            guard(ids, current.name(), out);
        }
        out.add("PRAGMA defer_foreign_keys = ON");
        out.add(createNew);
        if (target.columns().stream().anyMatch(c -> c.identity() == Identity.AUTO_INCREMENT)) {
            out.add("INSERT INTO sqlite_sequence (name, seq) SELECT " + SqlText.literal(newName(current.name()))
                    + ", seq FROM sqlite_sequence WHERE name = " + SqlText.literal(current.name()));
        }
        List<String> into = new ArrayList<>();
        List<String> select = new ArrayList<>();
        for (Column column : target.columns()) {
            Optional<Column> old = current.column(column.name());
            if (old.isEmpty() || column.generated() != null) {
                continue;
            }
            into.add(ids.quote(column.name()));
            String value = ids.quote(column.name());
            if (!column.nullable() && old.get().nullable() && column.defaultValue() != null) {
                value = "coalesce(" + value + ", " + column.sqlDefault() + ")";
            }
            select.add(value);
        }
        if (!into.isEmpty()) {
            out.add("INSERT INTO " + fresh + " (" + String.join(", ", into) + ") SELECT " + String.join(", ", select)
                    + " FROM " + table);
        }
        out.add("DROP TABLE " + table);
        out.add("PRAGMA legacy_alter_table = ON");
        out.add("ALTER TABLE " + fresh + " RENAME TO " + table);
        out.add("PRAGMA legacy_alter_table = OFF");
        out.addAll(indexes);
        return out;
    }

    static String newName(String table) {
        return PREFIX + table;
    }

    /**
     * Fails, with a message naming the cause, when foreign keys are enforced: a temporary table
     * whose named CHECK refuses the value of {@code pragma_foreign_keys}.
     */
    private static void guard(Identifiers ids, String table, List<String> out) {
        String message = "rebuilding table " + table + " needs PRAGMA foreign_keys = OFF (set before the migration's "
                + "transaction): with it on, dropping the old table fires the ON DELETE actions of the rows referencing it";
        out.add("CREATE TEMP TABLE _godwit_guard (foreign_keys INTEGER CONSTRAINT " + ids.quote(message)
                + " CHECK (foreign_keys = 0))");
        out.add("INSERT INTO temp._godwit_guard SELECT foreign_keys FROM pragma_foreign_keys");
        out.add("DROP TABLE temp._godwit_guard");
    }
}
