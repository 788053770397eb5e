package dev.godwit.internal.diff;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A seeded generator of small consistent schemas (tables t0..t5 with foreign keys among them,
 * indexes, constraints, views v0..v3 over them, an enum type and a sequence), and of edited
 * copies of them, for the differ's property test.
 */
final class RandomSchemas {

    static final int TABLES = 6;
    static final int VIEWS = 4;
    private static final String[] TYPES = {"integer", "bigint", "text", "varchar(20)"};

    private final Random random;

    RandomSchemas(long seed) {
        this.random = new Random(seed);
    }

    Schema schema() {
        List<EnumType> enums = chance(0.5) ? List.of(moodType()) : List.of();
        List<Sequence> sequences = chance(0.5) ? List.of(sequence()) : List.of();
        Map<String, Table> tables = new TreeMap<>();
        for (int i = 0; i < TABLES; i++) {
            if (chance(0.6)) {
                tables.put("t" + i, table("t" + i));
            }
        }
        List<View> views = new ArrayList<>();
        for (int i = 0; i < VIEWS; i++) {
            if (chance(0.4)) {
                views.add(view(i));
            }
        }
        return repair(new Schema(List.copyOf(tables.values()), views, enums, sequences));
    }

    /** {@code schema} with one to four random edits. */
    Schema edited(Schema schema) {
        Map<String, Table> tables = new TreeMap<>();
        schema.tables().forEach(t -> tables.put(t.name(), t));
        List<View> views = new ArrayList<>(schema.views());
        List<EnumType> enums = new ArrayList<>(schema.enums());
        List<Sequence> sequences = new ArrayList<>(schema.sequences());
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int kind = random.nextInt(14);
            if (kind == 0 && !tables.isEmpty()) {
                tables.remove(pick(new ArrayList<>(tables.keySet())));
            } else if (kind == 1) {
                String name = "t" + random.nextInt(TABLES);
                tables.putIfAbsent(name, table(name));
            } else if (kind == 11) {
                if (enums.isEmpty()) {
                    enums.add(moodType());
                } else if (chance(0.3)) {
                    enums.clear();
                } else {
                    enums.set(0, moodType());
                }
            } else if (kind == 12) {
                if (sequences.isEmpty()) {
                    sequences.add(sequence());
                } else if (chance(0.3)) {
                    sequences.clear();
                } else {
                    sequences.set(0, sequence());
                }
            } else if (kind == 10) {
                int i = random.nextInt(VIEWS);
                views.removeIf(v -> v.name().equals("v" + i));
                if (chance(0.7)) {
                    views.add(view(i));
                }
            } else if (!tables.isEmpty()) {
                Table table = tables.get(pick(new ArrayList<>(tables.keySet())));
                tables.put(table.name(), editTable(table, kind));
            }
        }
        return repair(new Schema(List.copyOf(tables.values()), views, enums, sequences));
    }

    private Table editTable(Table table, int kind) {
        List<Column> columns = new ArrayList<>(table.columns());
        switch (kind) {
            case 2:
                String name = "c" + random.nextInt(4);
                if (table.column(name).isEmpty()) {
                    columns.add(column(name));
                }
                return table.withColumns(columns);
            case 3:
                if (columns.size() > 1) {
                    columns.remove(1 + random.nextInt(columns.size() - 1));
                }
                return table.withColumns(columns);
            case 4: {
                int i = random.nextInt(columns.size());
                Column c = columns.get(i);
                columns.set(i, c.withType(new ColumnType(c.name().equals("id") || c.name().startsWith("ref_")
                        ? (c.type().sql().equals("integer") ? "bigint" : "integer") : pick(List.of(TYPES)))));
                return table.withColumns(columns);
            }
            case 5: {
                int i = 1 + random.nextInt(Math.max(1, columns.size() - 1));
                if (i < columns.size()) {
                    columns.set(i, columns.get(i).withNullable(!columns.get(i).nullable()));
                }
                return table.withColumns(columns);
            }
            case 6:
                return primaryKey(table);
            case 7:
                return table.withIndexes(indexes(table));
            case 8:
                return foreignKeys(table);
            case 9:
                return table.withComment(table.comment() == null ? "note" : null);
            default:
                List<CheckConstraint> checks = new ArrayList<>(table.checks());
                if (checks.isEmpty() || chance(0.5)) {
                    checks.add(new CheckConstraint("ck" + random.nextInt(9), "id > " + random.nextInt(3)));
                } else {
                    checks.remove(0);
                }
                return table.withChecks(checks);
        }
    }

    private Table table(String name) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.of("id", chance(0.8) ? "integer" : "bigint", false, null));
        for (int i = 0; i < 4; i++) {
            if (chance(0.5)) {
                columns.add(column("c" + i));
            }
        }
        Table table = Table.of(name, columns, new PrimaryKey(name + "_pkey", List.of("id")));
        if (chance(0.15)) {
            table = primaryKey(table);
        }
        table = foreignKeys(foreignKeys(table));
        table = table.withIndexes(indexes(table));
        if (chance(0.2)) {
            table = table.withChecks(List.of(new CheckConstraint(null, "id > 0")));
        }
        if (chance(0.2)) {
            table = table.withUniques(List.of(new UniqueConstraint(null, List.of(table.columns().get(
                    random.nextInt(table.columns().size())).name()))));
        }
        return chance(0.2) ? table.withComment("about " + name) : table;
    }

    private Column column(String name) {
        String type = chance(0.15) ? "mood" : pick(List.of(TYPES));
        String defaultValue = null;
        if (chance(0.2)) {
            defaultValue = type.equals("integer") || type.equals("bigint") ? "nextval('numbers'::regclass)" : "'x'";
        }
        return new Column(name, new ColumnType(type), chance(0.5), defaultValue, Identity.NONE, null, null, null,
                null, null);
    }

    /** Toggles between a primary key on id and one on (id, a column) with a unique constraint on id. */
    private Table primaryKey(Table table) {
        if (table.primaryKey() != null && table.primaryKey().columns().size() > 1 || table.columns().size() < 2) {
            return table.withPrimaryKey(new PrimaryKey(null, List.of("id")));
        }
        String other = table.columns().get(1).name();
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        if (chance(0.7)) {
            uniques.add(new UniqueConstraint(null, List.of("id")));
        }
        return table.withPrimaryKey(new PrimaryKey(null, List.of("id", other))).withUniques(uniques);
    }

    /** Adds a key to a random table (a new ref_ column if needed), drops one, or changes one's action. */
    private Table foreignKeys(Table table) {
        List<ForeignKey> keys = new ArrayList<>(table.foreignKeys());
        List<Column> columns = new ArrayList<>(table.columns());
        int action = random.nextInt(3);
        if (action == 0 && !keys.isEmpty()) {
            keys.remove(random.nextInt(keys.size()));
        } else if (action == 1 && !keys.isEmpty()) {
            int i = random.nextInt(keys.size());
            ForeignKey k = keys.get(i);
            keys.set(i, new ForeignKey(k.name(), k.columns(), k.referencedTable(), k.referencedColumns(),
                    k.onDelete() == ForeignKeyAction.CASCADE ? ForeignKeyAction.NO_ACTION : ForeignKeyAction.CASCADE,
                    k.onUpdate()));
        } else {
            String target = "t" + random.nextInt(TABLES);
            String column = "ref_" + target;
            if (table.column(column).isEmpty()) {
                columns.add(Column.of(column, "integer", true, null));
            }
            keys.add(new ForeignKey(chance(0.5) ? table.name() + "_" + column + "_fkey" : null, List.of(column),
                    target, List.of("id"), chance(0.3) ? ForeignKeyAction.CASCADE : ForeignKeyAction.NO_ACTION, null));
        }
        return table.withColumns(columns).withForeignKeys(keys);
    }

    private List<Index> indexes(Table table) {
        List<Index> indexes = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<String> columns = new ArrayList<>();
            columns.add(pick(table.columns()).name());
            if (chance(0.3)) {
                String second = pick(table.columns()).name();
                if (!columns.contains(second)) {
                    columns.add(second);
                }
            }
            indexes.add(Index.onColumns(table.name() + "_i" + i, chance(0.3), columns));
        }
        return indexes;
    }

    private View view(int i) {
        String table = "t" + random.nextInt(TABLES);
        String definition;
        int shape = random.nextInt(i == 0 ? 3 : 4);
        if (shape == 0) {
            definition = "SELECT * FROM " + table;
        } else if (shape == 1) {
            definition = "SELECT id FROM \"" + table + "\" WHERE id > 1";
        } else if (shape == 2) {
            definition = "SELECT a.id FROM " + table + " a JOIN t" + random.nextInt(TABLES) + " b ON a.id = b.id";
        } else {
            definition = "SELECT * FROM v" + random.nextInt(i);
        }
        return new View("v" + i, definition);
    }

    private EnumType moodType() {
        List<String> values = new ArrayList<>(List.of("sad", "ok", "happy"));
        values.removeIf(v -> chance(0.3));
        if (values.isEmpty()) {
            values.add("meh");
        }
        return new EnumType("mood", values);
    }

    private Sequence sequence() {
        return new Sequence("numbers", "bigint", 1, 1 + random.nextInt(2), 1, Long.MAX_VALUE, 1, false);
    }

    /**
     * Makes a schema consistent, as a database would hold it: keys, indexes and constraints only on
     * existing columns, foreign keys only to an existing key, columns of the enum type and sequence
     * defaults only when those exist, views only over existing tables and views.
     */
    static Schema repair(Schema schema) {
        boolean hasMood = schema.enumType("mood").isPresent();
        boolean hasNumbers = schema.sequence("numbers").isPresent();
        List<Table> fixedColumns = new ArrayList<>();
        for (Table table : schema.tables()) {
            List<Column> columns = new ArrayList<>();
            for (Column column : table.columns()) {
                Column fixed = column;
                if (!hasMood && column.type().sql().equals("mood")) {
                    fixed = fixed.withType(new ColumnType("text")).withDefault(null);
                }
                if (!hasNumbers && fixed.defaultValue() != null && fixed.defaultValue().contains("numbers")) {
                    fixed = fixed.withDefault(null);
                }
                if (fixed.type().sql().equals("mood") && fixed.defaultValue() != null) {
                    fixed = fixed.withDefault(null);
                }
                columns.add(fixed);
            }
            Table t = table.withColumns(columns);
            Set<String> names = new HashSet<>();
            columns.forEach(c -> names.add(c.name()));
            if (t.primaryKey() != null && !names.containsAll(t.primaryKey().columns())) {
                t = t.withPrimaryKey(null);
            }
            t = t.withUniques(distinct(t.uniques().stream().filter(u -> names.containsAll(u.columns())).toList()));
            t = t.withIndexes(t.indexes().stream().filter(i -> names.containsAll(i.columnNames())).toList());
            fixedColumns.add(t);
        }
        Map<String, Table> byName = new TreeMap<>();
        fixedColumns.forEach(t -> byName.put(t.name(), t));
        List<Table> tables = new ArrayList<>();
        for (Table table : fixedColumns) {
            Set<String> seen = new HashSet<>();
            List<ForeignKey> keys = table.foreignKeys().stream()
                    .filter(k -> table.column(k.columns().get(0)).isPresent())
                    .filter(k -> byName.containsKey(k.referencedTable()) && keyedById(byName.get(k.referencedTable())))
                    .filter(k -> seen.add(k.signature()))
                    .toList();
            tables.add(table.withForeignKeys(keys));
        }
        Set<String> relations = new HashSet<>(byName.keySet());
        List<View> views = new ArrayList<>();
        for (View view : schema.views()) {
            boolean readable = true;
            for (int i = 0; i < TABLES; i++) {
                readable &= !IdentifierMentions.mentions(view.definition(), "t" + i) || relations.contains("t" + i);
            }
            for (int i = 0; i < VIEWS; i++) {
                readable &= !IdentifierMentions.mentions(view.definition(), "v" + i) || relations.contains("v" + i);
            }
            if (readable) {
                views.add(view);
                relations.add(view.name());
            }
        }
        return new Schema(tables, views, schema.enums(), schema.sequences());
    }

    private static boolean keyedById(Table table) {
        return table.primaryKey() != null && table.primaryKey().columns().equals(List.of("id"))
                || table.uniques().stream().anyMatch(u -> u.columns().equals(List.of("id")));
    }

    private static List<UniqueConstraint> distinct(List<UniqueConstraint> uniques) {
        Set<List<String>> seen = new HashSet<>();
        return uniques.stream().filter(u -> seen.add(u.columns())).toList();
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
