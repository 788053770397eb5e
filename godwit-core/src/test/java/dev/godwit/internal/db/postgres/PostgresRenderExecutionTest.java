package dev.godwit.internal.db.postgres;

import dev.godwit.internal.render.Renderer;
import static dev.godwit.internal.render.Fixtures.changes;
import static dev.godwit.internal.render.Fixtures.col;
import static dev.godwit.internal.render.Fixtures.full;
import static dev.godwit.internal.render.Fixtures.generated;
import static dev.godwit.internal.render.Fixtures.identity;
import static dev.godwit.internal.render.Fixtures.migrate;
import static dev.godwit.internal.render.Fixtures.notNull;
import static dev.godwit.internal.render.Fixtures.one;
import static dev.godwit.internal.render.Fixtures.pk;
import static dev.godwit.internal.render.Fixtures.rows;
import static dev.godwit.internal.render.Fixtures.schema;
import static dev.godwit.internal.render.Fixtures.table;
import static dev.godwit.internal.render.Fixtures.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.EnumType;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import dev.godwit.testdb.TestDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rendered PostgreSQL statements run on a real database, with rows in the tables; results read from the catalog. */
class PostgresRenderExecutionTest {

    private final Renderer renderer = new PostgresRenderer();
    private TestDb db;
    private Connection c;

    private static final EnumType STATUS = new EnumType("status", List.of("open", "closed"));
    private static final Table USERS = table("users", List.of(identity("id", "integer", Identity.SERIAL),
            notNull("email", "text"), full("name", "character varying(100)", true, null, Identity.NONE, null,
                    "display name", null, "C", null)),
            pk("users_pkey", "id"), List.of(), List.of(), List.of(new UniqueConstraint(null, List.of("email"))),
            List.of(), "people", TableOptions.NONE);
    private static final Table TICKETS = table("tickets", List.of(identity("id", "integer", Identity.ALWAYS),
            notNull("user_id", "integer"), withDefault("status", "status", false, "'open'::status"),
            col("history", "status[]"), col("price", "numeric(10,2)"),
            generated("price_with_tax", "numeric", "(price * 1.2)")),
            pk(null, "id"),
            List.of(new ForeignKey("tickets_user_fk", List.of("user_id"), "users", List.of("id"),
                    ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
            List.of(new Index("tickets_open", false, List.of(new IndexKey("user_id", null, true, null)),
                    "status = 'open'::status", null),
                    new Index("tickets_history", false, List.of(IndexKey.column("history")), null, "gin"),
                    new Index("tickets_rounded", false, List.of(IndexKey.expression("round(price)")), null, null)),
            List.of(), List.of(new CheckConstraint(null, "price >= 0")), null, TableOptions.NONE);

    @BeforeEach
    void open() throws SQLException {
        db = TestDb.open(TestDb.Kind.POSTGRESQL);
        c = db.connection();
        migrate(c, renderer.render(changes(new Op.CreateEnum(STATUS), new Op.CreateTable(USERS),
                new Op.CreateTable(TICKETS))));
        db.execute("INSERT INTO users (email, name) VALUES ('a@x', 'Ann'), ('b@x', 'Bob')",
                "INSERT INTO tickets (user_id, status, history, price) VALUES (1, 'open', '{open}', 10), "
                        + "(2, 'closed', '{open,closed}', 20), (2, DEFAULT, NULL, NULL)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void apply(Schema from, Schema to, Op... ops) throws SQLException {
        migrate(c, renderer.render(changes(from, to, ops)));
    }

    @Test
    void createdTablesHaveEveryPart() throws SQLException {
        assertEquals("nextval('users_id_seq'::regclass)", one(c, "SELECT column_default FROM information_schema.columns "
                + "WHERE table_schema = current_schema AND table_name = 'users' AND column_name = 'id'"));
        assertEquals("C|display name|people", one(c, "SELECT collation_name, col_description('users'::regclass, 3), "
                + "obj_description('users'::regclass) FROM information_schema.columns WHERE table_schema = current_schema "
                + "AND table_name = 'users' AND column_name = 'name'"));
        assertEquals("ALWAYS", one(c, "SELECT identity_generation FROM information_schema.columns WHERE table_schema = "
                + "current_schema AND table_name = 'tickets' AND column_name = 'id'"));
        assertEquals(List.of("tickets_pkey|p|PRIMARY KEY (id)",
                "tickets_price_check|c|CHECK ((price >= (0)::numeric))",
                "tickets_user_fk|f|FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE",
                "users_email_key|u|UNIQUE (email)",
                "users_pkey|p|PRIMARY KEY (id)"),
                rows(c, "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = "
                        + "current_schema::regnamespace ORDER BY conname"));
        assertEquals(List.of(
                "tickets_history|CREATE INDEX tickets_history ON " + db.schema() + ".tickets USING gin (history)",
                "tickets_open|CREATE INDEX tickets_open ON " + db.schema() + ".tickets USING btree (user_id DESC) "
                        + "WHERE (status = 'open'::status)",
                "tickets_rounded|CREATE INDEX tickets_rounded ON " + db.schema() + ".tickets USING btree (round(price))"),
                rows(c, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema AND tablename = "
                        + "'tickets' AND indexname <> 'tickets_pkey' ORDER BY 1"));
        assertEquals("24.000", one(c, "SELECT price_with_tax FROM tickets WHERE price = 20"));
    }

    @Test
    void enumValuesAddedOutsideTheTransactionAreUsableAfterwards() throws SQLException {
        EnumType more = new EnumType("status", List.of("new", "open", "waiting", "closed", "archived"));
        apply(Schema.empty(), Schema.empty(), new Op.AlterEnum(STATUS, more));
        assertEquals("{new,open,waiting,closed,archived}", one(c, "SELECT enum_range(NULL::status)::text"));
        db.execute("INSERT INTO tickets (user_id, status) VALUES (1, 'waiting')");
        assertEquals("4", one(c, "SELECT count(*) FROM tickets"));
    }

    @Test
    void enumRebuildConvertsColumnsKeepsRowsAndDefaults() throws SQLException {
        EnumType fewer = new EnumType("status", List.of("closed", "open", "pending"));
        Schema before = schema(USERS, TICKETS);
        apply(before, before, new Op.AlterEnum(STATUS, fewer));
        assertEquals("{closed,open,pending}", one(c, "SELECT enum_range(NULL::status)::text"));
        assertEquals(List.of("1|open|{open}", "2|closed|{open,closed}", "3|open|null"),
                rows(c, "SELECT id, status, coalesce(history::text, 'null') FROM tickets ORDER BY id"));
        assertEquals("'open'::status", one(c, "SELECT column_default FROM information_schema.columns WHERE "
                + "table_schema = current_schema AND table_name = 'tickets' AND column_name = 'status'"));
        assertEquals("0", one(c, "SELECT count(*) FROM pg_type WHERE typname = 'status_old' AND typnamespace = current_schema::regnamespace"));
        assertEquals("status|status[]", one(c, "SELECT format_type(a.atttypid, a.atttypmod), "
                + "(SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'tickets'::regclass "
                + "AND attname = 'history') FROM pg_attribute a WHERE attrelid = 'tickets'::regclass AND attname = 'status'"));
        db.execute("INSERT INTO tickets (user_id) VALUES (1)");
        assertEquals("open", one(c, "SELECT status FROM tickets WHERE id = 4"));
        assertEquals("CREATE INDEX tickets_open ON " + db.schema() + ".tickets USING btree (user_id DESC) "
                + "WHERE (status = 'open'::status)", one(c, "SELECT indexdef FROM pg_indexes WHERE schemaname = "
                + "current_schema AND indexname = 'tickets_open'"));
    }

    @Test
    void enumRebuildFailsWhenRowsHoldARemovedValue() {
        EnumType withoutClosed = new EnumType("status", List.of("open"));
        Schema before = schema(USERS, TICKETS);
        assertThrows(SQLException.class, () -> apply(before, before, new Op.AlterEnum(STATUS, withoutClosed)));
    }

    @Test
    void serialAndIdentityChangesKeepNumberingAfterExistingRows() throws SQLException {
        Column serial = USERS.columns().get(0);
        Column plain = notNull("id", "integer");
        apply(Schema.empty(), Schema.empty(), new Op.AlterColumn("users", serial, plain));
        assertEquals("0", one(c, "SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname = 'users_id_seq' AND relnamespace = current_schema::regnamespace"));
        assertEquals("null", one(c, "SELECT coalesce(column_default, 'null') FROM information_schema.columns "
                + "WHERE table_schema = current_schema AND table_name = 'users' AND column_name = 'id'"));
        apply(Schema.empty(), Schema.empty(), new Op.AlterColumn("users", plain, serial));
        db.execute("INSERT INTO users (email) VALUES ('c@x')");
        assertEquals("3", one(c, "SELECT id FROM users WHERE email = 'c@x'"));
        assertEquals(one(c, "SELECT pg_get_serial_sequence('users', 'id')"), db.schema() + ".users_id_seq");

        Column always = TICKETS.columns().get(0);
        Column byDefault = identity("id", "integer", Identity.BY_DEFAULT);
        Column ticketPlain = notNull("id", "integer");
        apply(Schema.empty(), Schema.empty(), new Op.AlterColumn("tickets", always, byDefault));
        assertEquals("BY DEFAULT", one(c, "SELECT identity_generation FROM information_schema.columns WHERE "
                + "table_schema = current_schema AND table_name = 'tickets' AND column_name = 'id'"));
        apply(Schema.empty(), Schema.empty(), new Op.AlterColumn("tickets", byDefault, ticketPlain));
        assertEquals("NO", one(c, "SELECT is_identity FROM information_schema.columns WHERE "
                + "table_schema = current_schema AND table_name = 'tickets' AND column_name = 'id'"));
        apply(Schema.empty(), Schema.empty(), new Op.AlterColumn("tickets", ticketPlain, always));
        db.execute("INSERT INTO tickets (user_id) VALUES (1)");
        assertEquals("4", one(c, "SELECT max(id) FROM tickets"));
    }

    @Test
    void columnTypeNullabilityDefaultCollationAndComment() throws SQLException {
        Column name = USERS.columns().get(2);
        Column wider = full("name", "text", false, "'nobody'::text", Identity.NONE, null, null, null, null, null);
        apply(Schema.empty(), Schema.empty(), new Op.AlterColumn("users", name, wider));
        assertEquals("text|NO|'nobody'::text|null|null", one(c, "SELECT data_type, is_nullable, column_default, "
                + "coalesce(collation_name, 'null'), coalesce(col_description('users'::regclass, 3), 'null') "
                + "FROM information_schema.columns WHERE table_schema = current_schema AND table_name = 'users' "
                + "AND column_name = 'name'"));
        assertEquals(List.of("Ann", "Bob"), rows(c, "SELECT name FROM users ORDER BY id"));

        Column price = TICKETS.columns().get(4);
        Column integerPrice = withDefault("price", "integer", true, "0");
        apply(schema(USERS, TICKETS), schema(USERS, TICKETS), new Op.AlterColumn("tickets", price, integerPrice));
        assertEquals(List.of("10|12.0", "20|24.0", "null|null"),
                rows(c, "SELECT coalesce(price::text, 'null'), coalesce(price_with_tax::text, 'null') FROM tickets "
                        + "ORDER BY id"));
    }

    @Test
    void constraintsWithoutNamesInTheModelAreDroppedByPostgresDefaultNames() throws SQLException {
        Schema now = schema(USERS, TICKETS);
        apply(now, now, new Op.DropUnique("users", USERS.uniques().get(0)),
                new Op.DropCheck("tickets", TICKETS.checks().get(0)),
                new Op.DropForeignKey("tickets", TICKETS.foreignKeys().get(0)),
                new Op.DropPrimaryKey("tickets", TICKETS.primaryKey()),
                new Op.AddUnique("users", new UniqueConstraint("users_email_name", List.of("email", "name"))),
                new Op.AddForeignKey("tickets", new ForeignKey(null, List.of("user_id"), "users", List.of("id"),
                        ForeignKeyAction.NO_ACTION, ForeignKeyAction.CASCADE)));
        assertEquals(List.of("tickets_user_id_fkey|FOREIGN KEY (user_id) REFERENCES users(id) ON UPDATE CASCADE",
                "users_email_name|UNIQUE (email, name)", "users_pkey|PRIMARY KEY (id)"),
                rows(c, "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = "
                        + "current_schema::regnamespace ORDER BY conname"));
    }

    @Test
    void columnsSequencesViewsAndTablesComeAndGo() throws SQLException {
        Column priority = full("priority", "smallint", false, "3", Identity.NONE, null, "1 is urgent", null, null,
                null);
        Sequence numbers = new Sequence("ticket_no", "bigint", 100, 1, 1, 1000000, 1, false);
        View open = new View("open_tickets", "SELECT id, priority FROM tickets WHERE status = 'open'::status;");
        apply(Schema.empty(), Schema.empty(), new Op.AddColumn("tickets", priority), new Op.CreateSequence(numbers),
                new Op.AlterSequence(numbers, new Sequence("ticket_no", "integer", 100, 10, 1, 50000, 5, true)),
                new Op.CreateView(open));
        assertEquals(List.of("1|3", "3|3"), rows(c, "SELECT id, priority FROM open_tickets ORDER BY id"));
        assertEquals("integer|100|50000|10|t|5", one(c, "SELECT data_type::regtype, start_value, max_value, increment_by, "
                + "cycle, cache_size FROM pg_sequences WHERE schemaname = current_schema AND sequencename = 'ticket_no'"));
        assertEquals("1 is urgent", one(c, "SELECT col_description('tickets'::regclass, 7)"));
        apply(Schema.empty(), Schema.empty(), new Op.DropView(open), new Op.DropColumn("tickets", priority),
                new Op.DropSequence(numbers), new Op.DropTable(TICKETS), new Op.DropTable(USERS),
                new Op.DropEnum(STATUS));
        assertEquals("0", one(c, "SELECT count(*) FROM pg_class WHERE relnamespace = current_schema::regnamespace"));
        assertEquals("0", one(c, "SELECT count(*) FROM pg_type WHERE typname = 'status' AND typnamespace = current_schema::regnamespace"));
    }

    @Test
    void aNewGeneratedExpressionKeepsTheIndexesAndChecksOnTheColumn() throws SQLException {
        Column from = TICKETS.columns().get(5);
        Column to = generated("price_with_tax", "numeric", "(price * 1.5)");
        Table tickets = TICKETS.withIndexes(List.of(Index.onColumns("tickets_taxed", false,
                List.of("price_with_tax")))).withChecks(List.of(new CheckConstraint("taxed_positive",
                "price_with_tax >= 0")));
        db.execute("CREATE INDEX tickets_taxed ON tickets (price_with_tax)",
                "ALTER TABLE tickets ADD CONSTRAINT taxed_positive CHECK (price_with_tax >= 0)");
        apply(schema(USERS, tickets), schema(USERS, tickets), new Op.AlterColumn("tickets", from, to));
        assertEquals("30.000", one(c, "SELECT price_with_tax FROM tickets WHERE price = 20"));
        assertEquals("CREATE INDEX tickets_taxed ON " + db.schema() + ".tickets USING btree (price_with_tax)",
                one(c, "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema AND indexname = 'tickets_taxed'"));
        assertEquals("CHECK ((price_with_tax >= (0)::numeric))", one(c, "SELECT pg_get_constraintdef(oid) FROM "
                + "pg_constraint WHERE conname = 'taxed_positive' AND connamespace = current_schema::regnamespace"));
    }

    @Test
    void quotedNamesWork() throws SQLException {
        Table order = table("Order", pk(null, "Id"), notNull("Id", "integer"), col("user", "text"),
                col("select", "text"));
        ChangeSet create = changes(new Op.CreateTable(order),
                new Op.CreateIndex("Order", Index.onColumns("Order_user", true, List.of("user", "select"))));
        migrate(c, renderer.render(create));
        db.execute("INSERT INTO \"Order\" VALUES (1, 'a', 'b')");
        apply(schema(order), schema(order), new Op.AlterColumn("Order", order.columns().get(1),
                notNull("user", "character varying(10)")));
        assertEquals("a", one(c, "SELECT \"user\" FROM \"Order\""));
    }
}
