package dev.godwit.internal.db.postgres;

import dev.godwit.internal.render.Identifiers;
import dev.godwit.internal.render.SqlText;
import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.Identity;

/**
 * PostgreSQL column definitions: {@code name type [COLLATE "c"] [GENERATED …] [NOT NULL] [DEFAULT d]}.
 * A serial column is written with its serial type (the model keeps its integer type and leaves
 * out the nextval default); identity and generated columns have no plain default.
 */
final class PostgresColumns {

    private PostgresColumns() {
    }

    static String definition(Identifiers ids, Column column) {
        StringBuilder sql = new StringBuilder(ids.quote(column.name())).append(' ').append(createType(column));
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(collation(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS ").append(SqlText.enclosed(PostgresExpressions.reparseable(column.generated()), PostgresDialect.SPLITTER_OPTIONS))
                    .append(" STORED");
        } else if (isIdentity(column.identity())) {
            sql.append(" GENERATED ").append(identityKind(column.identity())).append(" AS IDENTITY");
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        String dflt = plainDefault(column);
        if (dflt != null) {
            sql.append(" DEFAULT ").append(dflt);
        }
        return sql.toString();
    }

    /** The type as CREATE TABLE and ADD COLUMN write it: serial types for serial columns. */
    static String createType(Column column) {
        return column.identity() == Identity.SERIAL ? serialType(column.type()) : column.type().sql();
    }

    /** The default the column shows as a DEFAULT clause: none for numbering or generated columns. */
    static String plainDefault(Column column) {
        Identity identity = column.identity();
        boolean numbered = identity == Identity.SERIAL || isIdentity(identity);
        return numbered || column.generated() != null ? null : PostgresExpressions.reparseable(column.sqlDefault());
    }

    static boolean isIdentity(Identity identity) {
        return identity == Identity.ALWAYS || identity == Identity.BY_DEFAULT;
    }

    static String identityKind(Identity identity) {
        return identity == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
    }

    /** A collation name in double quotes (collation names are case-sensitive: "C", "en_US"). */
    static String collation(String name) {
        return name.startsWith("\"") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    static String serialType(ColumnType type) {
        switch (integerWidth(type)) {
            case 2:
                return "smallserial";
            case 4:
                return "serial";
            case 8:
                return "bigserial";
            default:
                throw new IllegalArgumentException("a serial column needs smallint, integer or bigint, not " + type);
        }
    }

    /** The type a serial column's sequence is declared with. */
    static String sequenceType(ColumnType type) {
        switch (integerWidth(type)) {
            case 2:
                return "smallint";
            case 4:
                return "integer";
            case 8:
                return "bigint";
            default:
                throw new IllegalArgumentException("a serial column needs smallint, integer or bigint, not " + type);
        }
    }

    private static int integerWidth(ColumnType type) {
        switch (type.baseName()) {
            case "smallint":
            case "int2":
                return 2;
            case "integer":
            case "int":
            case "int4":
                return 4;
            case "bigint":
            case "int8":
                return 8;
            default:
                return 0;
        }
    }
}
