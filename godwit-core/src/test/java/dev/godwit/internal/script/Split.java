package dev.godwit.internal.script;

import dev.godwit.internal.db.Databases;
import dev.godwit.internal.dialect.DialectKind;
import java.util.List;
import java.util.stream.Collectors;

/** Test shorthand for splitting a script with one dialect's options. */
final class Split {
    private Split() {}

    static List<Statement> statements(DialectKind kind, String text) {
        return StatementSplitter.split(text, 1, Databases.of(kind).dialect().splitterOptions());
    }

    static List<String> sql(DialectKind kind, String text) {
        return statements(kind, text).stream().map(Statement::sql).collect(Collectors.toList());
    }

    static List<String> pg(String text) {
        return sql(DialectKind.POSTGRESQL, text);
    }

    static List<String> mysql(String text) {
        return sql(DialectKind.MYSQL, text);
    }

    static List<String> sqlite(String text) {
        return sql(DialectKind.SQLITE, text);
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
