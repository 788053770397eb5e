package dev.godwit.internal.db.mysql;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.internal.render.LiveSchema;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.Column;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MySQL's two rules for AUTO_INCREMENT, kept whatever order the changes come in. A table has one
 * AUTO_INCREMENT column at most: {@link #handover} finds the change that takes it from the old
 * column when a new one gets it, to run in the same statement. And an AUTO_INCREMENT column is
 * the first column of some key. When a change would leave such a column without a key (its primary
 * key dropped before the new one is added; AUTO_INCREMENT given to a column before its key is
 * added), the same ALTER TABLE also adds a temporary key {@code godwit_ai_<column>}; as soon as a
 * real key covers the column again (or it stops numbering itself, or goes), a separate statement
 * drops the temporary key. So {@code PRIMARY KEY (id)} becoming {@code PRIMARY KEY (id, x)} runs as
 * {@code DROP PRIMARY KEY, ADD KEY godwit_ai_id (id)}, then {@code ADD PRIMARY KEY (id, x)}, then
 * {@code DROP INDEX godwit_ai_id}.
 */
final class AutoIncrementRules {

    private static final int MAX_NAME = 64;

    /** Per table: the column each temporary key covers, and the key's name. */
    private final Map<String, Map<String, String>> temporary = new HashMap<>();

    /** ADD KEY clauses that keep every AUTO_INCREMENT column of {@code after} keyed. */
    List<String> keepKeyed(Identifiers ids, Table after) {
        List<String> clauses = new ArrayList<>();
        Map<String, String> keys = temporary.computeIfAbsent(after.name(), t -> new LinkedHashMap<>());
        for (Column column : after.columns()) {
            if (column.identity() == Identity.AUTO_INCREMENT && !isKeyed(after, column.name())
                    && !keys.containsKey(column.name())) {
                String name = name(column.name());
                keys.put(column.name(), name);
                clauses.add("ADD KEY " + ids.quote(name) + " (" + ids.quote(column.name()) + ")");
            }
        }
        return clauses;
    }

    /** The statement dropping the temporary keys {@code table} no longer needs, if any. */
    Optional<String> release(Identifiers ids, Table table) {
        Map<String, String> keys = temporary.get(table.name());
        if (keys == null || keys.isEmpty()) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        for (Iterator<Map.Entry<String, String>> it = keys.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, String> key = it.next();
            Optional<Column> column = table.column(key.getKey());
            if (column.isEmpty()) {
                it.remove(); // the key went with its column
            } else if (column.get().identity() != Identity.AUTO_INCREMENT || isKeyed(table, key.getKey())) {
                clauses.add("DROP INDEX " + ids.quote(key.getValue()));
                it.remove();
            }
        }
        return clauses.isEmpty() ? Optional.empty()
                : Optional.of("ALTER TABLE " + ids.quote(table.name()) + " " + String.join(", ", clauses));
    }

    /** Forgets a dropped table's temporary keys. */
    void forget(String table) {
        temporary.remove(table);
    }

    /** True when a real key (primary key, index or unique constraint) of {@code table} starts with {@code column}. */
    static boolean isKeyed(Table table, String column) {
        if (table.primaryKey() != null && table.primaryKey().columns().get(0).equals(column)) {
            return true;
        }
        for (Index index : table.indexes()) {
            IndexKey first = index.keys().get(0);
            if (column.equals(first.column())) {
                return true;
            }
        }
        return table.uniques().stream().anyMatch(u -> u.columns().get(0).equals(column));
    }

    private static String name(String column) {
        String name = "godwit_ai_" + column;
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    /**
     * When {@code op} gives a column AUTO_INCREMENT while another column of the table has it, the
     * later operation of the change set that takes it from that column.
     */
    static Optional<Op> handover(Op op, LiveSchema live, List<Op> ops) {
        String column;
        if (op instanceof Op.AddColumn add && add.column().identity() == Identity.AUTO_INCREMENT) {
            column = add.column().name();
        } else if (op instanceof Op.AlterColumn alter && alter.to().identity() == Identity.AUTO_INCREMENT
                && alter.from().identity() != Identity.AUTO_INCREMENT) {
            column = alter.to().name();
        } else {
            return Optional.empty();
        }
        Optional<String> holder = live.table(op.subject()).flatMap(t -> t.columns().stream()
                .filter(c -> c.identity() == Identity.AUTO_INCREMENT && !c.name().equals(column))
                .map(Column::name).findFirst());
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        boolean after = false;
        for (Op later : ops) {
            if (!after) {
                after = later == op;
                continue;
            }
            if (!later.subject().equals(op.subject())) {
                continue;
            }
            if (later instanceof Op.DropColumn drop && drop.column().name().equals(holder.get())
                    || later instanceof Op.AlterColumn alter && alter.from().name().equals(holder.get())
                            && alter.to().identity() != Identity.AUTO_INCREMENT) {
                return Optional.of(later);
            }
        }
        return Optional.empty();
    }
}
