package dev.godwit.internal.db.postgres;

import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * One table's parts while the catalog queries arrive one kind at a time (all columns, then all
 * constraints, then all indexes), gathered by table oid and turned into a {@link Table} at the end.
 */
final class PostgresTableParts {

    final String name;
    final String comment;
    final List<Column> columns = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    PrimaryKey primaryKey;

    PostgresTableParts(String name, String comment) {
        this.name = name;
        this.comment = comment;
    }

    Table toTable() {
        return new Table(name, columns, primaryKey, foreignKeys, indexes, uniques, checks, comment, TableOptions.NONE);
    }
}
