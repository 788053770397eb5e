package dev.godwit.internal.render;

import static dev.godwit.internal.render.Fixtures.col;
import static dev.godwit.internal.render.Fixtures.schema;
import static dev.godwit.internal.render.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.RenameHint;
import dev.godwit.schema.Column;
import dev.godwit.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rename notes of a section name tables and columns by the dialect's quoting rule. */
class SectionTextTest {

    private static String columnRenameNote(Dialect dialect, String table, String from, String to) {
        Column dropped = col(from, "text");
        Column added = col(to, "text");
        Table before = table(table, null, dropped);
        ChangeSet changes = new ChangeSet(schema(before), schema(table(table, null, added)),
                List.of(new Op.AddColumn(table, added), new Op.DropColumn(table, dropped)),
                List.of(new RenameHint(table, from, to)));
        List<RenderedStatement> statements = List.of(
                new RenderedStatement("ALTER TABLE x ADD COLUMN y text", List.of(changes.ops().get(0)), false),
                new RenderedStatement("ALTER TABLE x DROP COLUMN z", List.of(changes.ops().get(1)), false));
        return new SectionText(dialect).write(changes, statements);
    }

    private static String tableRenameNote(Dialect dialect, String from, String to) {
        Table dropped = table(from, null, col("a", "text"));
        Table created = table(to, null, col("a", "text"));
        ChangeSet changes = new ChangeSet(schema(dropped), schema(created),
                List.of(new Op.DropTable(dropped), new Op.CreateTable(created)), List.of(new RenameHint(null, from, to)));
        List<RenderedStatement> statements = List.of(
                new RenderedStatement("DROP TABLE x", List.of(changes.ops().get(0)), false));
        return new SectionText(dialect).write(changes, statements);
    }

    @Test
    void reservedWordsInARenameNoteAreQuoted() {
        String postgres = columnRenameNote(new PostgresDialect(), "user", "order", "sort_order");
        assertTrue(postgres.contains("--   ALTER TABLE \"user\" RENAME COLUMN \"order\" TO sort_order;"), postgres);
        String mysql = columnRenameNote(new MysqlDialect(), "tickets", "order", "key");
        assertTrue(mysql.contains("--   ALTER TABLE tickets RENAME COLUMN `order` TO `key`;"), mysql);
        String sqlite = columnRenameNote(new SqliteDialect(), "tickets", "order", "position");
        assertTrue(sqlite.contains("--   ALTER TABLE tickets RENAME COLUMN \"order\" TO position;"), sqlite);
        String table = tableRenameNote(new PostgresDialect(), "people", "user");
        assertTrue(table.contains("--   ALTER TABLE people RENAME TO \"user\";"), table);
    }

    @Test
    void plainNamesInARenameNoteStayBare() {
        for (Dialect dialect : List.of(new PostgresDialect(), new MysqlDialect(), new SqliteDialect())) {
            String note = columnRenameNote(dialect, "users", "name", "full_name");
            assertTrue(note.contains("--   ALTER TABLE users RENAME COLUMN name TO full_name;"), note);
            String table = tableRenameNote(dialect, "people", "persons");
            assertTrue(table.contains("--   ALTER TABLE people RENAME TO persons;"), table);
        }
    }

    @Test
    void namesThatAreNotPlainAreQuoted() {
        String note = columnRenameNote(new MysqlDialect(), "Tickets", "Old Name", "new_name");
        assertTrue(note.contains("--   ALTER TABLE `Tickets` RENAME COLUMN `Old Name` TO new_name;"), note);
    }
}
