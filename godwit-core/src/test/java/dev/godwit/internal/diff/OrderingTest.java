package dev.godwit.internal.diff;

import static dev.godwit.internal.diff.Fixtures.col;
import static dev.godwit.internal.diff.Fixtures.described;
import static dev.godwit.internal.diff.Fixtures.diffChecked;
import static dev.godwit.internal.diff.Fixtures.enumType;
import static dev.godwit.internal.diff.Fixtures.fk;
import static dev.godwit.internal.diff.Fixtures.index;
import static dev.godwit.internal.diff.Fixtures.notNull;
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
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of the operations: each case is also run on a {@link SymbolicDatabase} in both
 * directions, which refuses any operation a real database would refuse at that point.
 */
class OrderingTest {

    private static final Table USERS = table("users", col("name", "text"));
    private static final Table TICKETS = withFks(table("tickets", col("user_id", "integer")), fk("user_id", "users"));
    private static final Table COMMENTS = withFks(table("comments", col("ticket_id", "integer")),
            fk("ticket_id", "tickets"));

    @Test
    void newTablesAreCreatedReferencedFirstWithTheirKeysInline() {
        ChangeSet up = diffChecked(Schema.empty(), schema(COMMENTS, TICKETS, USERS));
        assertEquals(List.of(new Op.CreateTable(USERS), new Op.CreateTable(TICKETS), new Op.CreateTable(COMMENTS)),
                up.ops());
        ChangeSet down = diffChecked(schema(COMMENTS, TICKETS, USERS), Schema.empty());
        assertEquals(List.of(new Op.DropTable(COMMENTS), new Op.DropTable(TICKETS), new Op.DropTable(USERS)),
                down.ops());
    }

    @Test
    void selfReferenceStaysInline() {
        Table tree = withFks(table("nodes", col("parent_id", "integer")), fk("parent_id", "nodes"));
        assertEquals(List.of(new Op.CreateTable(tree)), diffChecked(Schema.empty(), schema(tree)).ops());
        assertEquals(List.of(new Op.DropTable(tree)), diffChecked(schema(tree), Schema.empty()).ops());
    }

    @Test
    void independentTablesGoByName() {
        ChangeSet up = diffChecked(Schema.empty(), schema(table("b"), table("c"), table("a")));
        assertEquals(List.of("create table a", "create table b", "create table c"), described(up));
        ChangeSet down = diffChecked(schema(table("b"), table("c"), table("a")), Schema.empty());
        assertEquals(List.of("drop table a", "drop table b", "drop table c"), described(down));
    }

    @Test
    void newTablesInACycleGetTheClosingKeyAfterwards() {
        Table a = withFks(table("a", col("b_id", "integer")), fk("b_id", "b"));
        Table b = withFks(table("b", col("a_id", "integer")), fk("a_id", "a"));
        ChangeSet up = diffChecked(Schema.empty(), schema(a, b));
        assertEquals(List.of(new Op.CreateTable(b.withForeignKeys(List.of())), new Op.CreateTable(a),
                new Op.AddForeignKey("b", fk("a_id", "a"))), up.ops());

        ChangeSet down = diffChecked(schema(a, b), Schema.empty());
        assertEquals(List.of(new Op.DropForeignKey("b", fk("a_id", "a")), new Op.DropTable(a), new Op.DropTable(b)),
                down.ops());
    }

    @Test
    void threeTableCycleNextToAnExistingTable() {
        Table a = withFks(table("a", col("b_id", "integer"), col("u", "integer")), fk("b_id", "b"), fk("u", "users"));
        Table b = withFks(table("b", col("c_id", "integer")), fk("c_id", "c"));
        Table c = withFks(table("c", col("a_id", "integer")), fk("a_id", "a"));
        Schema before = schema(USERS);
        Schema after = schema(USERS, a, b, c);
        ChangeSet up = diffChecked(before, after);
        assertEquals(List.of("create table c", "create table b", "create table a", "add foreign key c (a_id) -> a"),
                described(up));
        Op.CreateTable createA = (Op.CreateTable) up.ops().get(2);
        assertEquals(a.foreignKeys(), createA.table().foreignKeys(), "the key to the existing table stays inline");
        ChangeSet down = diffChecked(after, before);
        assertEquals(List.of("drop foreign key c (a_id) -> a", "drop table a", "drop table b", "drop table c"),
                described(down));
    }

    @Test
    void foreignKeyFromAnExistingTableToANewTableComesAfterTheCreate() {
        Table tickets = table("tickets", col("user_id", "integer"));
        Schema before = schema(tickets);
        Schema after = schema(withFks(tickets, fk("user_id", "users")), USERS);
        ChangeSet up = diffChecked(before, after);
        assertEquals(List.of(new Op.CreateTable(USERS), new Op.AddForeignKey("tickets", fk("user_id", "users"))),
                up.ops());
        ChangeSet down = diffChecked(after, before);
        assertEquals(List.of(new Op.DropForeignKey("tickets", fk("user_id", "users")), new Op.DropTable(USERS)),
                down.ops());
    }

    @Test
    void newTableWaitsForAKeyTheExistingTableOnlyGetsLater() {
        Table users = table("users", col("email", "text"));
        Table keyed = users.withUniques(List.of(unique("users_email", "email")));
        ForeignKey byEmail = new ForeignKey(null, List.of("email"), "users", List.of("email"), null, null);
        Table invites = withFks(table("invites", col("email", "text")), byEmail);
        ChangeSet up = diffChecked(schema(users), schema(keyed, invites));
        assertEquals(List.of(new Op.CreateTable(invites.withForeignKeys(List.of())),
                new Op.AddUnique("users", unique("users_email", "email")),
                new Op.AddForeignKey("invites", byEmail)), up.ops());
        diffChecked(schema(keyed, invites), schema(users));
    }

    @Test
    void newTableWaitsForAColumnTheExistingTableOnlyGetsLater() {
        Table users = table("users");
        Table withCode = table("users", notNull("code", "text")).withUniques(List.of(unique("u", "code")));
        ForeignKey byCode = new ForeignKey(null, List.of("code"), "users", List.of("code"), null, null);
        Table badges = withFks(table("badges", col("code", "text")), byCode);
        ChangeSet up = diffChecked(schema(users), schema(withCode, badges));
        assertEquals(List.of("create table badges", "add column users.code", "add unique constraint on users (code)",
                "add foreign key badges (code) -> users"), described(up));
        diffChecked(schema(withCode, badges), schema(users));
    }

    @Test
    void changingAReferencedPrimaryKeyDropsAndReAddsTheForeignKeys() {
        Table users = table("users", notNull("tenant", "integer"));
        Table widened = users.withPrimaryKey(new PrimaryKey(null, List.of("id", "tenant")))
                .withUniques(List.of(unique("users_id", "id")));
        Table tickets = withFks(table("tickets", col("user_id", "integer")), fk("user_id", "users"));
        ChangeSet up = diffChecked(schema(users, tickets), schema(widened, tickets));
        assertEquals(List.of(
                "drop foreign key tickets (user_id) -> users",
                "drop primary key on users",
                "add primary key on users (id, tenant)",
                "add unique constraint on users (id)",
                "add foreign key tickets (user_id) -> users"), described(up));
        ChangeSet down = diffChecked(schema(widened, tickets), schema(users, tickets));
        assertEquals(List.of(
                "drop foreign key tickets (user_id) -> users",
                "drop unique constraint on users (id)",
                "drop primary key on users",
                "add primary key on users (id)",
                "add foreign key tickets (user_id) -> users"), described(down));
    }

    @Test
    void changingTheTypeOfAJoinedColumnDropsAndReAddsTheForeignKey() {
        Table users = table("users");
        Table bigUsers = users.withColumns(List.of(Fixtures.notNull("id", "bigint")));
        Table tickets = withFks(table("tickets", col("user_id", "integer")), fk("user_id", "users"));
        Column bigRef = col("user_id", "bigint");
        Table bigTickets = tickets.withColumns(List.of(tickets.columns().get(0), bigRef));
        ChangeSet up = diffChecked(schema(users, tickets), schema(bigUsers, bigTickets));
        assertEquals(List.of(
                "drop foreign key tickets (user_id) -> users",
                "alter column tickets.user_id (type integer -> bigint)",
                "alter column users.id (type integer -> bigint)",
                "add foreign key tickets (user_id) -> users"), described(up));
        diffChecked(schema(bigUsers, bigTickets), schema(users, tickets));
    }

    @Test
    void changingTheOnlyIndexOfAForeignKeyDropsAndReAddsTheKey() {
        Table tickets = TICKETS.withIndexes(List.of(index("tickets_user", "user_id")));
        Table changed = TICKETS.withIndexes(List.of(index("tickets_user", "user_id", "id")));
        ChangeSet up = diffChecked(schema(USERS, tickets), schema(USERS, changed));
        assertEquals(List.of(
                "drop foreign key tickets (user_id) -> users",
                "drop index tickets_user on tickets",
                "create index tickets_user on tickets",
                "add foreign key tickets (user_id) -> users"), described(up));
        Table twoIndexes = TICKETS.withIndexes(List.of(index("tickets_user", "user_id"), index("tickets_user2", "user_id")));
        Table oneLeft = TICKETS.withIndexes(List.of(index("tickets_user2", "user_id")));
        assertEquals(List.of("drop index tickets_user on tickets"),
                described(diffChecked(schema(USERS, twoIndexes), schema(USERS, oneLeft))),
                "another index still serves the key");
    }

    @Test
    void droppedTableReferencingAChangedKeyLosesItsForeignKeyFirst() {
        Table users = table("users", notNull("tenant", "integer"));
        Table widened = users.withPrimaryKey(new PrimaryKey(null, List.of("id", "tenant")));
        Table tickets = withFks(table("tickets", col("user_id", "integer")), fk("user_id", "users"));
        ChangeSet up = diffChecked(schema(users, tickets), schema(widened));
        assertEquals(List.of(
                "drop foreign key tickets (user_id) -> users",
                "drop primary key on users",
                "drop table tickets",
                "add primary key on users (id, tenant)"), described(up));
    }

    /**
     * Also: replacing the only index over tickets.user_id by one that needs a new column makes way
     * for it by dropping and re-adding the key; going back, the replacement over existing columns
     * is created just before the drop and the key stays.
     */
    @Test
    void everyPhaseInOneChangeSet() {
        View active = view("active_users", "SELECT id, name FROM users");
        View changedView = view("ticket_counts", "SELECT count(*) FROM tickets");
        Column mood = col("mood", "mood");
        Schema before = new Schema(
                List.of(USERS, TICKETS.withIndexes(List.of(index("tickets_old", "user_id"))),
                        table("legacy", col("ticket_id", "integer")).withForeignKeys(List.of(fk("ticket_id", "tickets")))),
                List.of(active, view("legacy_view", "SELECT * FROM legacy"),
                        view("ticket_counts", "SELECT count(*) AS n FROM tickets")),
                List.of(enumType("old_kind", "a")), List.of(sequence("old_numbers", 1)));
        Schema after = new Schema(
                List.of(USERS.withColumns(List.of(USERS.columns().get(0), USERS.columns().get(1), mood))
                                .withComment("people"),
                        TICKETS.withColumns(List.of(TICKETS.columns().get(0), TICKETS.columns().get(1), col("note", "text")))
                                .withIndexes(List.of(index("tickets_new", "user_id", "note"))), COMMENTS),
                List.of(active, changedView, view("comment_view", "SELECT * FROM comments")),
                List.of(enumType("mood", "sad", "happy")), List.of(sequence("numbers", 1)));
        ChangeSet up = diffChecked(before, after);
        assertEquals(List.of(
                "create enum type mood",
                "create sequence numbers",
                "drop view active_users",
                "drop view legacy_view",
                "drop view ticket_counts",
                "drop foreign key tickets (user_id) -> users",
                "drop index tickets_old on tickets",
                "drop table legacy",
                "create table comments",
                "add column tickets.note",
                "add column users.mood",
                "create index tickets_new on tickets",
                "add foreign key tickets (user_id) -> users",
                "set comment of table users",
                "drop enum type old_kind",
                "drop sequence old_numbers",
                "create view active_users",
                "create view comment_view",
                "create view ticket_counts"), described(up));
        ChangeSet down = diffChecked(after, before);
        assertEquals(List.of(
                "create enum type old_kind",
                "create sequence old_numbers",
                "drop view active_users",
                "drop view comment_view",
                "drop view ticket_counts",
                "create index tickets_old on tickets",
                "drop index tickets_new on tickets",
                "drop table comments",
                "create table legacy",
                "drop column tickets.note",
                "drop column users.mood",
                "remove comment of table users",
                "drop enum type mood",
                "drop sequence numbers",
                "create view active_users",
                "create view legacy_view",
                "create view ticket_counts"), described(down));
    }

    @Test
    void viewsOverAChangedTableAreDroppedBeforeAndCreatedAfter() {
        View direct = view("user_names", "SELECT name FROM \"users\"");
        View indirect = view("user_name_count", "SELECT count(*) FROM user_names");
        View unrelated = view("ticket_ids", "SELECT id FROM tickets");
        Table renamedColumn = USERS.withColumns(List.of(USERS.columns().get(0), col("name", "varchar(100)")));
        Schema before = schema(List.of(USERS, TICKETS), List.of(direct, indirect, unrelated));
        Schema after = schema(List.of(renamedColumn, TICKETS), List.of(direct, indirect, unrelated));
        ChangeSet up = diffChecked(before, after);
        assertEquals(List.of(new Op.DropView(indirect), new Op.DropView(direct),
                new Op.AlterColumn("users", USERS.columns().get(1), renamedColumn.columns().get(1)),
                new Op.CreateView(direct), new Op.CreateView(indirect)), up.ops());
        ChangeSet down = diffChecked(after, before);
        assertEquals(List.of(new Op.DropView(indirect), new Op.DropView(direct),
                new Op.AlterColumn("users", renamedColumn.columns().get(1), USERS.columns().get(1)),
                new Op.CreateView(direct), new Op.CreateView(indirect)), down.ops());
    }

    @Test
    void viewOverAChangedViewIsRecreatedWithIt() {
        View base = view("base", "SELECT id FROM users");
        View baseChanged = view("base", "SELECT id, name FROM users");
        View top = view("top", "SELECT * FROM base");
        ChangeSet up = diffChecked(schema(List.of(USERS), List.of(base, top)), schema(List.of(USERS), List.of(baseChanged, top)));
        assertEquals(List.of(new Op.DropView(top), new Op.DropView(base), new Op.CreateView(baseChanged),
                new Op.CreateView(top)), up.ops());
    }

    @Test
    void viewOverATableWithAnyChangeIsRecreated() {
        View names = view("names", "SELECT name FROM users");
        Schema before = schema(List.of(USERS), List.of(names));
        Schema after = schema(List.of(USERS.withComment("people")), List.of(names));
        assertEquals(List.of(new Op.DropView(names), new Op.AlterTableComment("users", null, "people"),
                new Op.CreateView(names)), diffChecked(before, after).ops());
    }

    @Test
    void viewOverATableWhoseForeignKeyMustMakeWayIsRecreated() {
        Table users = table("users", notNull("tenant", "integer"));
        Table widened = users.withPrimaryKey(new PrimaryKey(null, List.of("id", "tenant")))
                .withUniques(List.of(unique("users_id", "id")));
        View ticketView = view("ticket_view", "SELECT id FROM tickets");
        Schema before = schema(List.of(users, TICKETS), List.of(ticketView));
        Schema after = schema(List.of(widened, TICKETS), List.of(ticketView));
        ChangeSet up = diffChecked(before, after);
        assertEquals(new Op.DropView(ticketView), up.ops().get(0));
        assertEquals(new Op.CreateView(ticketView), up.ops().get(up.ops().size() - 1));
    }

    @Test
    void enumTypesComeBeforeTheColumnsUsingThemAndGoAfter() {
        Table users = table("users", col("mood", "mood"));
        Schema before = Schema.empty();
        Schema after = new Schema(List.of(users), List.of(), List.of(enumType("mood", "sad", "happy")), List.of());
        assertEquals(List.of("create enum type mood", "create table users"), described(diffChecked(before, after)));
        assertEquals(List.of("drop table users", "drop enum type mood"), described(diffChecked(after, before)));
    }

    @Test
    void enumLosingAValueIsRebuiltAfterTheViewsOverItsColumnsAreGone() {
        Table users = table("users", col("mood", "mood"));
        View sad = view("sad_users", "SELECT id FROM users WHERE mood = 'sad'");
        Schema three = new Schema(List.of(users), List.of(sad), List.of(enumType("mood", "sad", "ok", "happy")),
                List.of());
        Schema two = new Schema(List.of(users), List.of(sad), List.of(enumType("mood", "sad", "happy")), List.of());
        ChangeSet shrink = diffChecked(three, two);
        assertEquals(List.of(new Op.DropView(sad),
                new Op.AlterEnum(enumType("mood", "sad", "ok", "happy"), enumType("mood", "sad", "happy")),
                new Op.CreateView(sad)), shrink.ops());
        ChangeSet grow = diffChecked(two, three);
        assertEquals(List.of(new Op.AlterEnum(enumType("mood", "sad", "happy"), enumType("mood", "sad", "ok", "happy"))),
                grow.ops(), "adding a value disturbs no view");
    }

    @Test
    void sequenceOutlivesTheDefaultUsingIt() {
        Column numbered = new Column("n", new ColumnType("bigint"), false, "nextval('numbers'::regclass)", null, null,
                null, null, null, null);
        Schema before = schema(table("t"));
        Schema after = new Schema(List.of(table("t", numbered)), List.of(), List.of(), List.of(sequence("numbers", 1)));
        assertEquals(List.of("create sequence numbers", "add column t.n"), described(diffChecked(before, after)));
        assertEquals(List.of("drop column t.n", "drop sequence numbers"), described(diffChecked(after, before)));
    }

    @Test
    void opsOfOneTableStayTogetherWithinAPhase() {
        Schema before = schema(table("a"), table("b"));
        Schema after = schema(table("a", col("x", "text"), col("y", "text")), table("b", col("z", "text")));
        assertEquals(List.of("add column a.x", "add column a.y", "add column b.z"),
                described(diffChecked(before, after)));
        assertTrue(diffChecked(after, before).ops().stream().allMatch(op -> op instanceof Op.DropColumn));
    }
}
