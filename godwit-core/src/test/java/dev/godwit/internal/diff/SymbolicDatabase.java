package dev.godwit.internal.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Runs a change set on a model of a database that refuses what PostgreSQL or MySQL/MariaDB would
 * refuse (the union of both): dropping a table still referenced, a key a foreign key needs, a
 * column still in use, creating a foreign key before the key it references, touching a table a
 * view reads, changing the type of a column in a foreign key, dropping a type still in use. At the
 * end, the model must equal the target schema (constraint names and column order aside, which the
 * differ does not compare). No real database: this is how the order of every change set the tests
 * produce is checked, including the randomly generated ones.
 */
final class SymbolicDatabase implements Op.Visitor<Void> {

    private final Map<String, Table> tables = new TreeMap<>();
    private final Map<String, View> views = new TreeMap<>();
    private final Map<String, EnumType> enums = new TreeMap<>();
    private final Map<String, Sequence> sequences = new TreeMap<>();
    private final Set<String> enumNames = new HashSet<>();
    private final Set<String> sequenceNames = new HashSet<>();
    private final Set<String> relationNames = new HashSet<>();
    private final Schema target;

    private SymbolicDatabase(Schema from, Schema to) {
        from.tables().forEach(t -> tables.put(t.name(), t));
        from.views().forEach(v -> views.put(v.name(), v));
        from.enums().forEach(e -> enums.put(e.name(), e));
        from.sequences().forEach(s -> sequences.put(s.name(), s));
        for (Schema schema : List.of(from, to)) {
            schema.enums().forEach(e -> enumNames.add(e.name()));
            schema.sequences().forEach(s -> sequenceNames.add(s.name()));
            schema.tables().forEach(t -> relationNames.add(t.name()));
            schema.views().forEach(v -> relationNames.add(v.name()));
        }
        this.target = to;
    }

    /** Applies every op of {@code changes} to {@code from}, checking each, and compares the result with {@code to}. */
    static void check(Schema from, Schema to, ChangeSet changes) {
        SymbolicDatabase db = new SymbolicDatabase(from, to);
        List<Op> ops = changes.ops();
        for (int i = 0; i < ops.size(); i++) {
            try {
                db.apply(ops.get(i));
            } catch (AssertionError e) {
                throw new AssertionError("op " + (i + 1) + " (" + ops.get(i).describe() + ") cannot run: "
                        + e.getMessage() + "\nall ops:\n" + listing(ops), e);
            }
        }
        assertEquals(normalized(to), normalized(db.schema()), () -> "the change set does not reach the target:\n"
                + listing(ops));
    }

    private static String listing(List<Op> ops) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            text.append("  ").append(i + 1).append(". ").append(ops.get(i).describe()).append('\n');
        }
        return text.toString();
    }

    Schema schema() {
        return new Schema(List.copyOf(tables.values()), List.copyOf(views.values()), List.copyOf(enums.values()),
                List.copyOf(sequences.values()));
    }

    private void apply(Op op) {
        op.accept(this);
    }

    private void createTable(Table table) {
        require(!tables.containsKey(table.name()) && !views.containsKey(table.name()), "name taken");
        table.columns().forEach(this::requireTypesExist);
        for (ForeignKey key : table.foreignKeys()) {
            Table referenced = key.referencedTable().equals(table.name()) ? table : tables.get(key.referencedTable());
            requireReferenceable(referenced, key);
        }
        tables.put(table.name(), table);
    }

    /** The table a table operation changes, which must exist and be read by no view. */
    private Table existingTable(Op.OnTable op) {
        String name = op.table();
        Table table = tables.get(name);
        require(table != null, "no such table " + name);
        requireNoViewReads(name);
        return table;
    }

    @Override
    public Void visitCreateTable(Op.CreateTable create) {
        createTable(create.table());
        return null;
    }

    @Override
    public Void visitDropTable(Op.DropTable drop) {
        String name = drop.table().name();
        require(tables.containsKey(name), "no such table");
        requireNoViewReads(name);
        for (Table other : tables.values()) {
            for (ForeignKey key : other.foreignKeys()) {
                require(other.name().equals(name) || !key.referencedTable().equals(name),
                        "still referenced by " + other.name() + " " + key.signature());
            }
        }
        tables.remove(name);
        return null;
    }

    @Override
    public Void visitAddColumn(Op.AddColumn add) {
        String name = add.table();
        Table table = existingTable(add);
        require(table.column(add.column().name()).isEmpty(), "column exists");
        requireTypesExist(add.column());
        List<Column> columns = new ArrayList<>(table.columns());
        columns.add(add.column());
        put(table.withColumns(columns));
        return null;
    }

    @Override
    public Void visitDropColumn(Op.DropColumn drop) {
        String name = drop.table();
        Table table = existingTable(drop);
        String column = drop.column().name();
        require(drop.column().equals(table.column(column).orElse(null)), "column is not as the op says");
        require(table.primaryKey() == null || !table.primaryKey().columns().contains(column), "in the primary key");
        require(table.uniques().stream().noneMatch(u -> u.columns().contains(column)), "in a unique constraint");
        require(table.indexes().stream().noneMatch(i -> i.columnNames().contains(column)), "in an index");
        requireNoForeignKeyOn(name, column);
        put(table.withColumns(table.columns().stream().filter(c -> !c.name().equals(column)).toList()));
        return null;
    }

    @Override
    public Void visitAlterColumn(Op.AlterColumn alter) {
        String name = alter.table();
        Table table = existingTable(alter);
        Column current = table.column(alter.from().name()).orElse(null);
        require(alter.from().equals(current), "column is not as the op says");
        requireTypesExist(alter.to());
        Column a = alter.from();
        Column b = alter.to();
        if (!a.type().equals(b.type()) || !Objects.equals(a.charset(), b.charset())
                || !Objects.equals(a.collation(), b.collation())) {
            requireNoForeignKeyOn(name, a.name());
        }
        put(table.withColumns(table.columns().stream().map(c -> c.name().equals(a.name()) ? b : c).toList()));
        return null;
    }

    @Override
    public Void visitAddPrimaryKey(Op.AddPrimaryKey add) {
        Table table = existingTable(add);
        require(table.primaryKey() == null, "has a primary key");
        requireColumns(table, add.primaryKey().columns());
        put(table.withPrimaryKey(add.primaryKey()));
        return null;
    }

    @Override
    public Void visitDropPrimaryKey(Op.DropPrimaryKey drop) {
        Table table = existingTable(drop);
        require(drop.primaryKey().equals(table.primaryKey()), "primary key is not as the op says");
        dropKey(table, drop.primaryKey().columns(), t -> t.withPrimaryKey(null));
        return null;
    }

    @Override
    public Void visitAddForeignKey(Op.AddForeignKey add) {
        String name = add.table();
        Table table = existingTable(add);
        ForeignKey key = add.foreignKey();
        require(table.foreignKeys().stream().noneMatch(k -> k.signature().equals(key.signature())), "key exists");
        requireColumns(table, key.columns());
        requireReferenceable(key.referencedTable().equals(name) ? table : tables.get(key.referencedTable()), key);
        put(table.withForeignKeys(plus(table.foreignKeys(), key)));
        return null;
    }

    @Override
    public Void visitDropForeignKey(Op.DropForeignKey drop) {
        Table table = existingTable(drop);
        require(table.foreignKeys().contains(drop.foreignKey()), "no such foreign key " + drop.foreignKey());
        put(table.withForeignKeys(minus(table.foreignKeys(), drop.foreignKey())));
        return null;
    }

    @Override
    public Void visitCreateIndex(Op.CreateIndex create) {
        String name = create.table();
        Table table = existingTable(create);
        require(table.index(create.index().name()).isEmpty(), "index name taken");
        requireColumns(table, create.index().columnNames());
        put(table.withIndexes(plus(table.indexes(), create.index())));
        return null;
    }

    @Override
    public Void visitDropIndex(Op.DropIndex drop) {
        String name = drop.table();
        Table table = existingTable(drop);
        require(drop.index().equals(table.index(drop.index().name()).orElse(null)), "index is not as the op says");
        dropKey(table, leading(drop.index()), t -> t.withIndexes(minus(t.indexes(), drop.index())));
        return null;
    }

    @Override
    public Void visitAddUnique(Op.AddUnique add) {
        Table table = existingTable(add);
        requireColumns(table, add.unique().columns());
        put(table.withUniques(plus(table.uniques(), add.unique())));
        return null;
    }

    @Override
    public Void visitDropUnique(Op.DropUnique drop) {
        Table table = existingTable(drop);
        require(table.uniques().contains(drop.unique()), "no such unique constraint");
        dropKey(table, drop.unique().columns(), t -> t.withUniques(minus(t.uniques(), drop.unique())));
        return null;
    }

    @Override
    public Void visitAddCheck(Op.AddCheck add) {
        Table table = existingTable(add);
        put(table.withChecks(plus(table.checks(), add.check())));
        return null;
    }

    @Override
    public Void visitDropCheck(Op.DropCheck drop) {
        Table table = existingTable(drop);
        require(table.checks().contains(drop.check()), "no such check constraint");
        put(table.withChecks(minus(table.checks(), drop.check())));
        return null;
    }

    @Override
    public Void visitAlterTableComment(Op.AlterTableComment comment) {
        Table table = existingTable(comment);
        require(Objects.equals(comment.from(), table.comment()), "comment is not as the op says");
        put(table.withComment(comment.to()));
        return null;
    }

    @Override
    public Void visitAlterTableOptions(Op.AlterTableOptions options) {
        Table table = existingTable(options);
        require(options.from().equals(table.options()), "options are not as the op says");
        put(table.withOptions(options.to()));
        return null;
    }

    @Override
    public Void visitCreateEnum(Op.CreateEnum create) {
        require(!enums.containsKey(create.type().name()), "enum exists");
        enums.put(create.type().name(), create.type());
        return null;
    }

    @Override
    public Void visitDropEnum(Op.DropEnum drop) {
        require(enums.containsKey(drop.type().name()), "no such enum");
        for (Table table : tables.values()) {
            for (Column column : table.columns()) {
                require(!mentions(column.type().sql(), drop.type().name()),
                        "enum still used by " + table.name() + "." + column.name());
            }
        }
        enums.remove(drop.type().name());
        return null;
    }

    @Override
    public Void visitAlterEnum(Op.AlterEnum alter) {
        require(alter.from().equals(enums.get(alter.from().name())), "enum is not as the op says");
        if (!alter.onlyAddsValues()) {
            for (Table table : tables.values()) {
                if (table.columns().stream().anyMatch(c -> mentions(c.type().sql(), alter.from().name()))) {
                    requireNoViewReads(table.name());
                }
            }
        }
        enums.put(alter.to().name(), alter.to());
        return null;
    }

    @Override
    public Void visitCreateSequence(Op.CreateSequence create) {
        require(!sequences.containsKey(create.sequence().name()), "sequence exists");
        sequences.put(create.sequence().name(), create.sequence());
        return null;
    }

    @Override
    public Void visitDropSequence(Op.DropSequence drop) {
        require(sequences.containsKey(drop.sequence().name()), "no such sequence");
        for (Table table : tables.values()) {
            for (Column column : table.columns()) {
                require(column.defaultValue() == null || !mentions(column.defaultValue(), drop.sequence().name()),
                        "sequence still used by " + table.name() + "." + column.name());
            }
        }
        sequences.remove(drop.sequence().name());
        return null;
    }

    @Override
    public Void visitAlterSequence(Op.AlterSequence alter) {
        require(alter.from().equals(sequences.get(alter.from().name())), "sequence is not as the op says");
        sequences.put(alter.to().name(), alter.to());
        return null;
    }

    @Override
    public Void visitCreateView(Op.CreateView create) {
        require(!views.containsKey(create.view().name()) && !tables.containsKey(create.view().name()),
                "name taken");
        for (String name : relationNames) {
            if (!name.equals(create.view().name()) && mentions(create.view().definition(), name)) {
                Table table = tables.get(name);
                require(table != null || views.containsKey(name), "reads " + name + ", which does not exist");
                require(table == null || normalized(table).equals(normalized(target.table(name).orElseThrow())),
                        "reads " + name + " before it has its final shape");
            }
        }
        views.put(create.view().name(), create.view());
        return null;
    }

    @Override
    public Void visitDropView(Op.DropView drop) {
        require(drop.view().equals(views.get(drop.view().name())), "view is not as the op says");
        requireNoViewReads(drop.view().name());
        views.remove(drop.view().name());
        return null;
    }

    /**
     * Drops a key: refused while a foreign key references columns the key leads with (both
     * databases), or when it was the last index serving a foreign key of the table (MySQL).
     */
    private void dropKey(Table table, List<String> keyColumns, UnaryOperator<Table> without) {
        for (Table other : tables.values()) {
            for (ForeignKey key : other.foreignKeys()) {
                require(!key.referencedTable().equals(table.name())
                        || !ForeignKeyConflicts.covers(keyColumns, key.referencedColumns()),
                        "foreign key " + other.name() + " " + key.signature() + " needs it");
            }
        }
        Table after = without.apply(table);
        for (ForeignKey key : table.foreignKeys()) {
            require(!served(table, key.columns()) || served(after, key.columns()),
                    "the last index serving " + key.signature());
        }
        put(after);
    }

    private static boolean served(Table table, List<String> columns) {
        List<List<String>> keys = new ArrayList<>();
        if (table.primaryKey() != null) {
            keys.add(table.primaryKey().columns());
        }
        table.uniques().forEach(u -> keys.add(u.columns()));
        table.indexes().forEach(i -> keys.add(leading(i)));
        return keys.stream().anyMatch(k -> ForeignKeyConflicts.covers(k, columns));
    }

    private static List<String> leading(Index index) {
        List<String> columns = new ArrayList<>();
        for (IndexKey key : index.keys()) {
            if (key.isExpression()) {
                break;
            }
            columns.add(key.column());
        }
        return columns;
    }

    /** PostgreSQL's rule: the referenced columns exist and are exactly a primary key or unique key. */
    private void requireReferenceable(Table referenced, ForeignKey key) {
        require(referenced != null, "references " + key.referencedTable() + ", which does not exist");
        requireColumns(referenced, key.referencedColumns());
        Set<String> wanted = new HashSet<>(key.referencedColumns());
        boolean keyed = referenced.primaryKey() != null && new HashSet<>(referenced.primaryKey().columns()).equals(wanted)
                || referenced.uniques().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(wanted))
                || referenced.indexes().stream().anyMatch(i -> i.unique() && i.where() == null
                        && new HashSet<>(i.columnNames()).equals(wanted) && i.columnNames().size() == i.keys().size());
        require(keyed, "references " + key.referencedTable() + key.referencedColumns() + ", which has no such key");
    }

    /** MySQL's rule: no type, character set or collation change on a column at either end of a foreign key. */
    private void requireNoForeignKeyOn(String table, String column) {
        for (Table other : tables.values()) {
            for (ForeignKey key : other.foreignKeys()) {
                require(!(other.name().equals(table) && key.columns().contains(column)),
                        "column in foreign key " + key.signature());
                require(!(key.referencedTable().equals(table) && key.referencedColumns().contains(column)),
                        "column referenced by " + other.name() + " " + key.signature());
            }
        }
    }

    private void requireTypesExist(Column column) {
        for (String name : enumNames) {
            require(!mentions(column.type().sql(), name) || enums.containsKey(name),
                    "type " + name + " does not exist yet");
        }
        for (String name : sequenceNames) {
            require(column.defaultValue() == null || !mentions(column.defaultValue(), name)
                    || sequences.containsKey(name), "sequence " + name + " does not exist yet");
        }
    }

    private void requireNoViewReads(String name) {
        for (View view : views.values()) {
            require(view.name().equals(name) || !mentions(view.definition(), name), "view " + view.name() + " reads it");
        }
    }

    private static void requireColumns(Table table, List<String> columns) {
        for (String column : columns) {
            require(table.column(column).isPresent(), "no column " + table.name() + "." + column);
        }
    }

    private static boolean mentions(String sql, String name) {
        return IdentifierMentions.mentions(sql, name);
    }

    private void put(Table table) {
        tables.put(table.name(), table);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> minus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(item);
        return copy;
    }

    /** The schema without what the differ does not compare: constraint names and column order. */
    static Schema normalized(Schema schema) {
        return new Schema(schema.tables().stream().map(SymbolicDatabase::normalized).toList(), schema.views(),
                schema.enums(), schema.sequences());
    }

    static Table normalized(Table table) {
        return new Table(table.name(),
                table.columns().stream().sorted(Comparator.comparing(Column::name)).toList(),
                table.primaryKey() == null ? null : new PrimaryKey(null, table.primaryKey().columns()),
                table.foreignKeys().stream().map(k -> k.withName(null))
                        .sorted(Comparator.comparing(ForeignKey::signature).thenComparing(ForeignKey::toString)).toList(),
                table.indexes(),
                table.uniques().stream().map(u -> new UniqueConstraint(null, u.columns()))
                        .sorted(Comparator.comparing(u -> String.join(",", u.columns()))).toList(),
                table.checks().stream().map(c -> new CheckConstraint(null, c.expression()))
                        .sorted(Comparator.comparing(CheckConstraint::expression)).toList(),
                table.comment(), table.options());
    }
}
