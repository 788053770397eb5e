package dev.godwit.internal.diff;

import static dev.godwit.internal.diff.Fixtures.check;
import static dev.godwit.internal.diff.Fixtures.col;
import static dev.godwit.internal.diff.Fixtures.diffChecked;
import static dev.godwit.internal.diff.Fixtures.enumType;
import static dev.godwit.internal.diff.Fixtures.fk;
import static dev.godwit.internal.diff.Fixtures.index;
import static dev.godwit.internal.diff.Fixtures.schema;
import static dev.godwit.internal.diff.Fixtures.sequence;
import static dev.godwit.internal.diff.Fixtures.table;
import static dev.godwit.internal.diff.Fixtures.unique;
import static dev.godwit.internal.diff.Fixtures.view;
import static dev.godwit.internal.diff.Fixtures.withFks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Which operations each kind of difference produces, in both directions. */
class SchemaDifferTest {

    private static final Table TICKETS = table("tickets", col("title", "text"), col("status", "text"));

    private static List<Op> ops(Schema from, Schema to) {
        return diffChecked(from, to).ops();
    }

    private static Schema tickets(UnaryOperator<Table> change) {
        return schema(change.apply(TICKETS));
    }

    @Test
    void equalSchemasGiveNothing() {
        Table full = withFks(table("comments", col("ticket_id", "integer")), fk("ticket_id", "tickets"))
                .withIndexes(List.of(index("comments_ticket", "ticket_id")))
                .withUniques(List.of(unique("u1", "ticket_id")))
                .withChecks(List.of(check("c1", "id > 0")))
                .withComment("notes");
        Schema schema = new Schema(List.of(TICKETS, full), List.of(view("open_tickets", "SELECT id FROM tickets")),
                List.of(enumType("mood", "sad", "happy")), List.of(sequence("numbers", 1)));
        ChangeSet changes = new SchemaDiffer().diff(schema, schema);
        assertTrue(changes.isEmpty());
        assertEquals(List.of(), changes.renameHints());
        assertTrue(new SchemaDiffer().diff(Schema.empty(), Schema.empty()).isEmpty());
    }

    @Test
    void constraintNamesAreIgnored() {
        Table named = withFks(table("comments", col("ticket_id", "integer")),
                fk("comments_ticket_fk", "ticket_id", "tickets", ForeignKeyAction.NO_ACTION))
                .withUniques(List.of(unique("comments_u", "ticket_id")))
                .withChecks(List.of(check("comments_check", "id > 0")))
                .withPrimaryKey(new PrimaryKey("comments_pk", List.of("id")));
        Table unnamed = withFks(table("comments", col("ticket_id", "integer")),
                fk(null, "ticket_id", "tickets", ForeignKeyAction.NO_ACTION))
                .withUniques(List.of(unique(null, "ticket_id")))
                .withChecks(List.of(check(null, "id > 0")))
                .withPrimaryKey(new PrimaryKey(null, List.of("id")));
        assertTrue(new SchemaDiffer().diff(schema(TICKETS, named), schema(TICKETS, unnamed)).isEmpty());
        assertTrue(new SchemaDiffer().diff(schema(TICKETS, unnamed), schema(TICKETS, named)).isEmpty());
    }

    @Test
    void typeSpellingDiffersOnlyInCase() {
        Schema lower = schema(table("t", col("name", "character varying(10)")));
        Schema upper = schema(table("t", col("name", "CHARACTER VARYING(10)")));
        assertTrue(new SchemaDiffer().diff(lower, upper).isEmpty());
    }

    @Test
    void createAndDropTable() {
        Schema none = Schema.empty();
        Schema one = schema(TICKETS);
        assertEquals(List.of(new Op.CreateTable(TICKETS)), ops(none, one));
        assertEquals(List.of(new Op.DropTable(TICKETS)), ops(one, none));
    }

    @Test
    void addAndDropColumn() {
        Column priority = col("priority", "integer");
        Schema without = schema(TICKETS);
        Schema with = schema(TICKETS.withColumns(List.of(TICKETS.columns().get(0), TICKETS.columns().get(1), priority,
                TICKETS.columns().get(2))));
        assertEquals(List.of(new Op.AddColumn("tickets", priority)), ops(without, with));
        assertEquals(List.of(new Op.DropColumn("tickets", priority)), ops(with, without));
    }

    @Test
    void addedColumnsFollowTheTargetOrder() {
        Schema without = schema(table("t"));
        Schema with = schema(table("t", col("zeta", "text"), col("alpha", "text")));
        assertEquals(List.of(new Op.AddColumn("t", col("zeta", "text")), new Op.AddColumn("t", col("alpha", "text"))),
                ops(without, with));
        assertEquals(List.of(new Op.DropColumn("t", col("zeta", "text")), new Op.DropColumn("t", col("alpha", "text"))),
                ops(with, without));
    }

    @Test
    void everyColumnFieldIsAnAlterColumn() {
        Column base = col("status", "text");
        List<Column> variants = List.of(
                base.withType(new ColumnType("varchar(20)")),
                base.withNullable(false),
                base.withDefault("'open'"),
                base.withIdentity(Identity.AUTO_INCREMENT),
                new Column("status", base.type(), true, null, Identity.NONE, "upper(title)", null, null, null, null),
                base.withComment("what state"),
                new Column("status", base.type(), true, null, Identity.NONE, null, null, "latin1", null, null),
                new Column("status", base.type(), true, null, Identity.NONE, null, null, null, "C", null),
                new Column("status", base.type(), true, null, Identity.NONE, null, null, null, null,
                        "CURRENT_TIMESTAMP"));
        for (Column changed : variants) {
            Schema a = schema(table("tickets", base));
            Schema b = schema(table("tickets", changed));
            assertEquals(List.of(new Op.AlterColumn("tickets", base, changed)), ops(a, b), changed.toString());
            assertEquals(List.of(new Op.AlterColumn("tickets", changed, base)), ops(b, a), changed.toString());
        }
    }

    @Test
    void primaryKeyAddedDroppedOrChanged() {
        Table plain = TICKETS.withPrimaryKey(null);
        PrimaryKey byId = TICKETS.primaryKey();
        PrimaryKey byTitle = new PrimaryKey("other_name", List.of("id", "title"));
        Table other = TICKETS.withPrimaryKey(byTitle);

        assertEquals(List.of(new Op.AddPrimaryKey("tickets", byId)), ops(schema(plain), schema(TICKETS)));
        assertEquals(List.of(new Op.DropPrimaryKey("tickets", byId)), ops(schema(TICKETS), schema(plain)));
        assertEquals(List.of(new Op.DropPrimaryKey("tickets", byId), new Op.AddPrimaryKey("tickets", byTitle)),
                ops(schema(TICKETS), schema(other)));
        assertEquals(List.of(new Op.DropPrimaryKey("tickets", byTitle), new Op.AddPrimaryKey("tickets", byId)),
                ops(schema(other), schema(TICKETS)));
        assertTrue(new SchemaDiffer().diff(schema(TICKETS),
                schema(TICKETS.withPrimaryKey(new PrimaryKey(null, List.of("id"))))).isEmpty());
    }

    @Test
    void foreignKeyAddedOrDropped() {
        Table comments = table("comments", col("ticket_id", "integer"));
        Table linked = withFks(comments, fk("ticket_id", "tickets"));
        Schema a = schema(TICKETS, comments);
        Schema b = schema(TICKETS, linked);
        assertEquals(List.of(new Op.AddForeignKey("comments", fk("ticket_id", "tickets"))), ops(a, b));
        assertEquals(List.of(new Op.DropForeignKey("comments", fk("ticket_id", "tickets"))), ops(b, a));
    }

    @Test
    void foreignKeyWithOtherActionsIsDroppedAndAdded() {
        Table comments = table("comments", col("ticket_id", "integer"));
        var restrict = fk("c_fk", "ticket_id", "tickets", ForeignKeyAction.RESTRICT);
        var cascade = fk("c_fk2", "ticket_id", "tickets", ForeignKeyAction.CASCADE);
        Schema a = schema(TICKETS, withFks(comments, restrict));
        Schema b = schema(TICKETS, withFks(comments, cascade));
        assertEquals(List.of(new Op.DropForeignKey("comments", restrict), new Op.AddForeignKey("comments", cascade)),
                ops(a, b));
        assertEquals(List.of(new Op.DropForeignKey("comments", cascade), new Op.AddForeignKey("comments", restrict)),
                ops(b, a));
    }

    @Test
    void indexesMatchByNameAndDefinition() {
        Index byTitle = index("tickets_idx", "title");
        Index byStatus = index("tickets_idx", "status");
        Index uniqueTitle = Index.onColumns("tickets_idx", true, List.of("title"));
        Index descending = new Index("tickets_idx", false, List.of(new IndexKey("title", null, true, null)), null, null);
        Index partial = new Index("tickets_idx", false, List.of(IndexKey.column("title")), "status = 'open'", null);
        Schema none = schema(TICKETS);
        Schema one = tickets(t -> t.withIndexes(List.of(byTitle)));

        assertEquals(List.of(new Op.CreateIndex("tickets", byTitle)), ops(none, one));
        assertEquals(List.of(new Op.DropIndex("tickets", byTitle)), ops(one, none));
        for (Index changed : List.of(byStatus, uniqueTitle, descending, partial)) {
            Schema other = tickets(t -> t.withIndexes(List.of(changed)));
            assertEquals(List.of(new Op.DropIndex("tickets", byTitle), new Op.CreateIndex("tickets", changed)),
                    ops(one, other), changed.toString());
            assertEquals(List.of(new Op.DropIndex("tickets", changed), new Op.CreateIndex("tickets", byTitle)),
                    ops(other, one), changed.toString());
        }
        Schema renamed = tickets(t -> t.withIndexes(List.of(index("title_idx", "title"))));
        assertEquals(List.of(new Op.DropIndex("tickets", byTitle), new Op.CreateIndex("tickets", index("title_idx", "title"))),
                ops(one, renamed));
    }

    @Test
    void uniqueConstraintsMatchByColumns() {
        Schema none = schema(TICKETS);
        Schema one = tickets(t -> t.withUniques(List.of(unique("u", "title"))));
        Schema two = tickets(t -> t.withUniques(List.of(unique("u", "title", "status"))));
        assertEquals(List.of(new Op.AddUnique("tickets", unique("u", "title"))), ops(none, one));
        assertEquals(List.of(new Op.DropUnique("tickets", unique("u", "title"))), ops(one, none));
        assertEquals(List.of(new Op.DropUnique("tickets", unique("u", "title")),
                new Op.AddUnique("tickets", unique("u", "title", "status"))), ops(one, two));
        assertEquals(List.of(new Op.DropUnique("tickets", unique("u", "title", "status")),
                new Op.AddUnique("tickets", unique("u", "title"))), ops(two, one));
    }

    @Test
    void checksMatchByExpression() {
        Schema none = schema(TICKETS);
        Schema one = tickets(t -> t.withChecks(List.of(check("c", "id > 0"))));
        Schema other = tickets(t -> t.withChecks(List.of(check("c", "id > 1"))));
        assertEquals(List.of(new Op.AddCheck("tickets", check("c", "id > 0"))), ops(none, one));
        assertEquals(List.of(new Op.DropCheck("tickets", check("c", "id > 0"))), ops(one, none));
        assertEquals(List.of(new Op.DropCheck("tickets", check("c", "id > 0")),
                new Op.AddCheck("tickets", check("c", "id > 1"))), ops(one, other));
        assertEquals(List.of(new Op.DropCheck("tickets", check("c", "id > 1")),
                new Op.AddCheck("tickets", check("c", "id > 0"))), ops(other, one));
    }

    @Test
    void tableCommentAndOptions() {
        Schema plain = schema(TICKETS);
        Schema commented = tickets(t -> t.withComment("work items"));
        assertEquals(List.of(new Op.AlterTableComment("tickets", null, "work items")), ops(plain, commented));
        assertEquals(List.of(new Op.AlterTableComment("tickets", "work items", null)), ops(commented, plain));

        TableOptions innodb = new TableOptions("InnoDB", "utf8mb4", "utf8mb4_general_ci");
        TableOptions myisam = new TableOptions("MyISAM", "utf8mb4", "utf8mb4_general_ci");
        Schema a = tickets(t -> t.withOptions(innodb));
        Schema b = tickets(t -> t.withOptions(myisam));
        assertEquals(List.of(new Op.AlterTableOptions("tickets", innodb, myisam)), ops(a, b));
        assertEquals(List.of(new Op.AlterTableOptions("tickets", myisam, innodb)), ops(b, a));
    }

    @Test
    void enumsCreatedDroppedAndAltered() {
        Schema none = Schema.empty();
        Schema two = new Schema(List.of(), List.of(), List.of(enumType("mood", "sad", "happy")), List.of());
        Schema three = new Schema(List.of(), List.of(), List.of(enumType("mood", "sad", "ok", "happy")), List.of());
        assertEquals(List.of(new Op.CreateEnum(enumType("mood", "sad", "happy"))), ops(none, two));
        assertEquals(List.of(new Op.DropEnum(enumType("mood", "sad", "happy"))), ops(two, none));
        assertEquals(List.of(new Op.AlterEnum(enumType("mood", "sad", "happy"), enumType("mood", "sad", "ok", "happy"))),
                ops(two, three));
        assertEquals(List.of(new Op.AlterEnum(enumType("mood", "sad", "ok", "happy"), enumType("mood", "sad", "happy"))),
                ops(three, two));
    }

    @Test
    void sequencesCreatedDroppedAndAltered() {
        Schema none = Schema.empty();
        Schema byOne = new Schema(List.of(), List.of(), List.of(), List.of(sequence("numbers", 1)));
        Schema byTwo = new Schema(List.of(), List.of(), List.of(), List.of(sequence("numbers", 2)));
        assertEquals(List.of(new Op.CreateSequence(sequence("numbers", 1))), ops(none, byOne));
        assertEquals(List.of(new Op.DropSequence(sequence("numbers", 1))), ops(byOne, none));
        assertEquals(List.of(new Op.AlterSequence(sequence("numbers", 1), sequence("numbers", 2))), ops(byOne, byTwo));
        assertEquals(List.of(new Op.AlterSequence(sequence("numbers", 2), sequence("numbers", 1))), ops(byTwo, byOne));
    }

    @Test
    void viewsCreatedDroppedAndChanged() {
        var open = view("open_tickets", "SELECT id FROM tickets WHERE status = 'open'");
        var closed = view("open_tickets", "SELECT id FROM tickets WHERE status = 'closed'");
        Schema none = schema(List.of(TICKETS), List.of());
        Schema one = schema(List.of(TICKETS), List.of(open));
        Schema other = schema(List.of(TICKETS), List.of(closed));
        assertEquals(List.of(new Op.CreateView(open)), ops(none, one));
        assertEquals(List.of(new Op.DropView(open)), ops(one, none));
        assertEquals(List.of(new Op.DropView(open), new Op.CreateView(closed)), ops(one, other));
        assertEquals(List.of(new Op.DropView(closed), new Op.CreateView(open)), ops(other, one));
    }

    @Test
    void opsOnlyNameObjectsOfEitherSchema() {
        Schema a = schema(TICKETS, table("users", col("name", "text")));
        Schema b = schema(TICKETS.withComment("x"), table("teams"));
        for (Op op : new SchemaDiffer().diff(a, b).ops()) {
            assertTrue(List.of("tickets", "users", "teams").contains(op.subject()), op.describe());
        }
    }
}
