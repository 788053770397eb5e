package dev.godwit.render;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What of a table goes with one of its columns when the column is dropped: the primary key,
 * indexes, unique and check constraints and foreign keys that read it. A column that cannot be changed in place
 * (a generated expression on PostgreSQL, a VIRTUAL column on MySQL/MariaDB) is dropped and added
 * again, and these are created again after it. An expression or predicate reads the column when
 * it holds the column's name as a word; a word that only looks like it (in a string literal)
 * costs a needless drop and re-creation, never a lost object.
 */
record ColumnDependents(PrimaryKey primaryKey, List<Index> indexes, List<UniqueConstraint> uniques,
        List<CheckConstraint> checks, List<ForeignKey> foreignKeys) {

    static final ColumnDependents NONE = new ColumnDependents(null, List.of(), List.of(), List.of(), List.of());

    static ColumnDependents of(Table table, String column) {
        Pattern word = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(column) + "(?![A-Za-z0-9_$])");
        List<Index> indexes = table.indexes().stream()
                .filter(i -> i.keys().stream().anyMatch(k -> column.equals(k.column())
                        || k.isExpression() && word.matcher(k.expression()).find())
                        || i.where() != null && word.matcher(i.where()).find())
                .toList();
        List<UniqueConstraint> uniques = table.uniques().stream().filter(u -> u.columns().contains(column)).toList();
        List<CheckConstraint> checks = table.checks().stream()
                .filter(c -> word.matcher(c.expression()).find()).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream().filter(f -> f.columns().contains(column)).toList();
        PrimaryKey pk = table.primaryKey() != null && table.primaryKey().columns().contains(column)
                ? table.primaryKey() : null;
        return new ColumnDependents(pk, indexes, uniques, checks, foreignKeys);
    }
}
