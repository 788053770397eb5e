package dev.godwit.internal.render;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.UniqueConstraint;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What of a table goes with one of its columns when the column is dropped: the primary key,
 * indexes, unique and check constraints and foreign keys that read it. A column that cannot be changed in place
 * (a generated expression on PostgreSQL, a VIRTUAL column on MySQL/MariaDB) is dropped and added
 * again, and these are created again after it. An expression or predicate reads the column when
 * it holds the column's name as a word; a word that only looks like it (in a string literal)
 * costs a needless drop and re-creation, never a lost object.
 */
public record ColumnDependents(PrimaryKey primaryKey, List<Index> indexes, List<UniqueConstraint> uniques,
        List<CheckConstraint> checks, List<ForeignKey> foreignKeys) {

    public static final ColumnDependents NONE = new ColumnDependents(null, List.of(), List.of(), List.of(), List.of());

    public static ColumnDependents of(Table table, String column) {
        return of(table, List.of(column));
    }

    /** What reads any of {@code columns}, each object once. */
    public static ColumnDependents of(Table table, Collection<String> columns) {
        List<Pattern> words = columns.stream().map(ColumnDependents::word).toList();
        Predicate<String> mentions = text -> text != null && words.stream().anyMatch(w -> w.matcher(text).find());
        List<Index> indexes = table.indexes().stream()
                .filter(i -> i.keys().stream().anyMatch(k -> columns.contains(k.column()) || mentions.test(k.expression()))
                        || mentions.test(i.where()))
                .toList();
        List<UniqueConstraint> uniques = table.uniques().stream()
                .filter(u -> u.columns().stream().anyMatch(columns::contains)).toList();
        List<CheckConstraint> checks = table.checks().stream().filter(c -> mentions.test(c.expression())).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream()
                .filter(f -> f.columns().stream().anyMatch(columns::contains)).toList();
        PrimaryKey pk = table.primaryKey() != null && table.primaryKey().columns().stream().anyMatch(columns::contains)
                ? table.primaryKey() : null;
        return new ColumnDependents(pk, indexes, uniques, checks, foreignKeys);
    }

    /** True when {@code expression} holds {@code column}'s name as a word. */
    public static boolean mentions(String expression, String column) {
        return expression != null && word(column).matcher(expression).find();
    }

    private static Pattern word(String column) {
        return Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(column) + "(?![A-Za-z0-9_$])");
    }
}
