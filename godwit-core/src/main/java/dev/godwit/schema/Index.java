package dev.godwit.schema;

import java.util.List;

/**
 * An index.
 *
 * @param keys the key parts in order
 * @param where the predicate of a partial index as the catalog prints it, or null
 * @param method the access method when it is not the default (PostgreSQL gin, gist…; MySQL
 *     FULLTEXT, SPATIAL), or null
 * @param include PostgreSQL {@code INCLUDE} columns, in order (empty when none)
 * @param nullsNotDistinct PostgreSQL 15's {@code NULLS NOT DISTINCT} of a unique index
 */
public record Index(String name, boolean unique, List<IndexKey> keys, String where, String method,
        List<String> include, boolean nullsNotDistinct) implements java.io.Serializable {

    /** An index without INCLUDE columns whose NULLs are distinct (every database's default). */
    public Index(String name, boolean unique, List<IndexKey> keys, String where, String method) {
        this(name, unique, keys, where, method, List.of(), false);
    }

    public Index {
        Names.requireName(name, "an index");
        keys = List.copyOf(keys);
        include = include == null ? List.of() : List.copyOf(include);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one key");
        }
    }

    public static Index onColumns(String name, boolean unique, List<String> columns) {
        return new Index(name, unique, columns.stream().map(IndexKey::column).toList(), null, null);
    }

    /** The names of the columns the index reads (expression parts are not counted). */
    public List<String> columnNames() {
        return keys.stream().filter(k -> !k.isExpression()).map(IndexKey::column).toList();
    }

    /** True when {@code other} indexes the same way, whatever either is called. */
    public boolean sameDefinition(Index other) {
        return unique == other.unique && keys.equals(other.keys) && java.util.Objects.equals(where, other.where)
                && java.util.Objects.equals(method, other.method) && include.equals(other.include)
                && nullsNotDistinct == other.nullsNotDistinct;
    }
}
