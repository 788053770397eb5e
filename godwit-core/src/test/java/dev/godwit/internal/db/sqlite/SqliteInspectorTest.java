package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.db.Databases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.schema.CheckConstraint;
import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Identity;
import dev.godwit.schema.Index;
import dev.godwit.schema.IndexKey;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.schema.TableOptions;
import dev.godwit.schema.UniqueConstraint;
import dev.godwit.schema.View;
import dev.godwit.testdb.TestDb;
import dev.godwit.testdb.TestDb.Kind;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SqliteInspectorTest {

    private static final String[] HELP_DESK = {
        "CREATE TABLE departments (\n"
                + "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + "  name TEXT NOT NULL COLLATE nocase,\n"
                + "  code VARCHAR(10) NOT NULL,\n"
                + "  created_at TEXT NOT NULL DEFAULT current_timestamp,\n"
                + "  CONSTRAINT uq_departments_code UNIQUE (code)\n"
                + ")",
        "CREATE TABLE agents (\n"
                + "  id INTEGER CONSTRAINT pk_agents PRIMARY KEY,\n"
                + "  department_id INTEGER NOT NULL REFERENCES Departments ON DELETE CASCADE,\n"
                + "  email TEXT NOT NULL UNIQUE,\n"
                + "  full_name varchar ( 100 ),\n"
                + "  active BOOLEAN NOT NULL DEFAULT TRUE,\n"
                + "  level INTEGER NOT NULL DEFAULT '1' CONSTRAINT ck_agents_level CHECK (level BETWEEN 1 AND 3),\n"
                + "  note -- no type\n"
                + ")",
        "CREATE INDEX ix_agents_email_lower ON agents (lower(email))",
        "CREATE TABLE tickets (\n"
                + "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + "  title TEXT NOT NULL,\n"
                + "  status TEXT NOT NULL DEFAULT 'open',\n"
                + "  priority INTEGER NOT NULL DEFAULT (0),\n"
                + "  agent_id INTEGER,\n"
                + "  department_id INTEGER NOT NULL,\n"
                + "  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                + "  updated_at TEXT DEFAULT (datetime('now')),\n"
                + "  estimate REAL DEFAULT '1.5',\n"
                + "  hours REAL,\n"
                + "  cost REAL GENERATED ALWAYS AS (hours * 50) STORED,\n"
                + "  title_length INTEGER AS (length(title)),\n"
                + "  CONSTRAINT fk_tickets_agent FOREIGN KEY (agent_id) REFERENCES agents (id)"
                + " ON DELETE SET NULL ON UPDATE CASCADE,\n"
                + "  FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE CASCADE,\n"
                + "  CONSTRAINT ck_tickets_status CHECK (status IN ('open', 'pending', 'closed')),\n"
                + "  CHECK (priority >= 0)\n"
                + ")",
        "CREATE INDEX ix_tickets_open ON tickets (agent_id, created_at DESC) WHERE status <> 'closed'",
        "CREATE UNIQUE INDEX ux_tickets_title ON tickets (department_id, title COLLATE NOCASE)",
        "CREATE TABLE ticket_tags (\n"
                + "  ticket_id INTEGER NOT NULL,\n"
                + "  tag TEXT NOT NULL,\n"
                + "  CONSTRAINT pk_ticket_tags PRIMARY KEY (ticket_id, tag),\n"
                + "  FOREIGN KEY (ticket_id) REFERENCES tickets ON DELETE CASCADE\n"
                + ") WITHOUT ROWID",
        "CREATE VIEW open_tickets AS SELECT id, title, agent_id FROM tickets WHERE status = 'open'",
        "CREATE VIEW open_ticket_count (agent_id, n) AS\n  SELECT agent_id, count(*) FROM open_tickets GROUP BY agent_id",
    };

    @Test
    void readsTheWholeHelpDeskModel() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute(HELP_DESK);
            Schema schema = inspect(db.connection());

            Table departments = new Table("departments",
                    List.of(column("id", "INTEGER", true, null).withIdentity(Identity.AUTO_INCREMENT),
                            collated(column("name", "TEXT", false, null), "NOCASE"),
                            column("code", "VARCHAR(10)", false, null),
                            column("created_at", "TEXT", false, "CURRENT_TIMESTAMP")),
                    new PrimaryKey(null, List.of("id")), List.of(), List.of(),
                    List.of(new UniqueConstraint("uq_departments_code", List.of("code"))), List.of(), null,
                    TableOptions.NONE);
            Table agents = new Table("agents",
                    List.of(column("id", "INTEGER", true, null),
                            column("department_id", "INTEGER", false, null),
                            column("email", "TEXT", false, null),
                            column("full_name", "varchar(100)", true, null),
                            column("active", "BOOLEAN", false, "1"),
                            column("level", "INTEGER", false, "1"),
                            column("note", "BLOB", true, null)),
                    new PrimaryKey("pk_agents", List.of("id")),
                    List.of(new ForeignKey(null, List.of("department_id"), "departments", List.of("id"),
                            ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
                    List.of(new Index("ix_agents_email_lower", false, List.of(IndexKey.expression("lower(email)")),
                            null, null)),
                    List.of(new UniqueConstraint(null, List.of("email"))),
                    List.of(new CheckConstraint("ck_agents_level", "level BETWEEN 1 AND 3")), null, TableOptions.NONE);
            Table tickets = new Table("tickets",
                    List.of(column("id", "INTEGER", true, null).withIdentity(Identity.AUTO_INCREMENT),
                            column("title", "TEXT", false, null),
                            column("status", "TEXT", false, "'open'"),
                            column("priority", "INTEGER", false, "0"),
                            column("agent_id", "INTEGER", true, null),
                            column("department_id", "INTEGER", false, null),
                            column("created_at", "TEXT", false, "CURRENT_TIMESTAMP"),
                            column("updated_at", "TEXT", true, "(datetime('now'))"),
                            column("estimate", "REAL", true, "1.5"),
                            column("hours", "REAL", true, null),
                            generated(column("cost", "REAL", true, null), "hours * 50"),
                            generated(column("title_length", "INTEGER", true, null), "length(title)")
                                    .withGenerated("length(title)", true)),
                    new PrimaryKey(null, List.of("id")),
                    List.of(new ForeignKey("fk_tickets_agent", List.of("agent_id"), "agents", List.of("id"),
                                    ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE),
                            new ForeignKey(null, List.of("department_id"), "departments", List.of("id"),
                                    ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
                    List.of(new Index("ix_tickets_open", false,
                                    List.of(IndexKey.column("agent_id"), new IndexKey("created_at", null, true, null)),
                                    "status <> 'closed'", null),
                            new Index("ux_tickets_title", true, List.of(IndexKey.column("department_id"),
                                    IndexKey.expression("title COLLATE NOCASE")), null, null)),
                    List.of(),
                    List.of(new CheckConstraint("ck_tickets_status", "status IN ('open', 'pending', 'closed')"),
                            new CheckConstraint(null, "priority >= 0")),
                    null, TableOptions.NONE);
            Table ticketTags = new Table("ticket_tags",
                    List.of(column("ticket_id", "INTEGER", false, null), column("tag", "TEXT", false, null)),
                    new PrimaryKey("pk_ticket_tags", List.of("ticket_id", "tag")),
                    List.of(new ForeignKey(null, List.of("ticket_id"), "tickets", List.of("id"),
                            ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION)),
                    List.of(), List.of(), List.of(), null, new TableOptions(null, null, null, "WITHOUT ROWID"));
            List<View> views = List.of(
                    new View("open_tickets", "SELECT id, title, agent_id FROM tickets WHERE status = 'open'"),
                    new View("open_ticket_count", "SELECT agent_id, count(*) FROM open_tickets GROUP BY agent_id"));

            assertEquals(departments, schema.table("departments").orElseThrow());
            assertEquals(agents, schema.table("agents").orElseThrow());
            assertEquals(tickets, schema.table("tickets").orElseThrow());
            assertEquals(ticketTags, schema.table("ticket_tags").orElseThrow());
            // sqlite_sequence (made by AUTOINCREMENT) is internal and left out
            assertEquals(new Schema(List.of(departments, agents, tickets, ticketTags), views, List.of(), List.of()),
                    schema);
        }
    }

    @Test
    void equivalentSpellingsReadAlike() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute("CREATE TABLE a (i INTEGER DEFAULT 0, r REAL DEFAULT 1.5, n NUMERIC DEFAULT -2,"
                            + " t TEXT DEFAULT CURRENT_TIMESTAMP, d TEXT DEFAULT CURRENT_DATE, e TEXT DEFAULT (datetime('now')),"
                            + " s TEXT DEFAULT 'x', b BOOLEAN DEFAULT 1, z INTEGER, v varchar(10) COLLATE NOCASE,"
                            + " w TEXT, y TEXT DEFAULT (1 + 2))",
                    "CREATE TABLE b (i INTEGER DEFAULT '0', r REAL DEFAULT ('1.5'), n NUMERIC DEFAULT ((-2)),"
                            + " t TEXT DEFAULT current_timestamp, d TEXT DEFAULT (current_date),"
                            + " e TEXT DEFAULT ((datetime('now'))), s TEXT DEFAULT ('x'), b BOOLEAN DEFAULT true,"
                            + " z INTEGER DEFAULT NULL, v VARCHAR ( 10 ) COLLATE \"nocase\", w TEXT COLLATE BINARY,"
                            + " y TEXT DEFAULT ((1 + 2)))");
            Schema schema = inspect(db.connection());
            Table a = schema.table("a").orElseThrow();
            Table b = schema.table("b").orElseThrow();
            assertEquals(a.columns(), b.columns());
            assertEquals("(datetime('now'))", a.column("e").orElseThrow().defaultValue());
            assertEquals("(1 + 2)", a.column("y").orElseThrow().defaultValue());
            assertEquals("'x'", b.column("s").orElseThrow().defaultValue());
        }
    }

    @Test
    void aQuotedNumberStaysTextOnATextColumn() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute("CREATE TABLE a (x TEXT DEFAULT '0', y INTEGER DEFAULT '0')");
            Table a = inspect(db.connection()).table("a").orElseThrow();
            assertEquals("'0'", a.column("x").orElseThrow().defaultValue());
            assertEquals("0", a.column("y").orElseThrow().defaultValue());
        }
    }

    @Test
    void everyCanonicalDefaultIsValidAfterDefault() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute(HELP_DESK);
            Schema schema = inspect(db.connection());
            List<String> columns = new ArrayList<>();
            for (Table table : schema.tables()) {
                for (Column column : table.columns()) {
                    if (column.defaultValue() != null) {
                        columns.add("c" + columns.size() + " " + column.type().sql() + " DEFAULT "
                                + column.defaultValue());
                    }
                }
            }
            db.execute("CREATE TABLE replay (" + String.join(", ", columns) + ")");
            Table replay = inspect(db.connection()).table("replay").orElseThrow();
            assertEquals(columns.size(), replay.columns().size());
            List<String> expected = new ArrayList<>();
            for (Table table : schema.tables()) {
                table.columns().stream().map(Column::defaultValue).filter(d -> d != null).forEach(expected::add);
            }
            assertEquals(expected, replay.columns().stream().map(Column::defaultValue).toList());
        }
    }

    @Test
    void aTempTableDoesNotShadowTheMainOne() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT UNIQUE, c INTEGER REFERENCES t)",
                    "CREATE INDEX t_c ON t (c)", "CREATE TEMP TABLE t (z INT)", "CREATE TEMP TABLE only_temp (z INT)");
            Schema schema = inspect(db.connection());
            Table t = schema.table("t").orElseThrow();
            assertEquals(List.of("a", "b", "c"), t.columns().stream().map(Column::name).toList());
            assertEquals(List.of("t_c"), t.indexes().stream().map(Index::name).toList());
            assertEquals(1, t.uniques().size());
            assertEquals(1, t.foreignKeys().size());
            assertEquals(List.of("t"), schema.tables().stream().map(Table::name).toList());
        }
    }

    @Test
    void foreignKeysWithoutColumnsReferenceTheCompositePrimaryKey() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute("CREATE TABLE parent (x INT, y INT, PRIMARY KEY (y, x))",
                    "CREATE TABLE child (a INT, b INT, FOREIGN KEY (a, b) REFERENCES PARENT, FOREIGN KEY (b) REFERENCES nowhere)");
            Table child = inspect(db.connection()).table("child").orElseThrow();
            assertEquals(List.of(
                    new ForeignKey(null, List.of("a", "b"), "parent", List.of("y", "x"), null, null),
                    // the referenced table does not exist: the key's own column names stand in
                    new ForeignKey(null, List.of("b"), "nowhere", List.of("b"), null, null)), child.foreignKeys());
        }
    }

    @Test
    void aUniqueConstraintNameFollowsItsColumns() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute("CREATE TABLE t (a INT, b INT, UNIQUE (a, b), CONSTRAINT uq_ba UNIQUE (b, a))");
            Table t = inspect(db.connection()).table("t").orElseThrow();
            assertEquals(List.of(new UniqueConstraint(null, List.of("a", "b")),
                    new UniqueConstraint("uq_ba", List.of("b", "a"))), t.uniques());
        }
    }

    @Test
    void strictTablesKeepQuotedDefaultsOnAnyColumns() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute("CREATE TABLE s (a INTEGER PRIMARY KEY, b ANY DEFAULT '0', c INT DEFAULT '0') STRICT");
            Table s = inspect(db.connection()).table("s").orElseThrow();
            assertEquals("'0'", s.column("b").orElseThrow().defaultValue());
            assertEquals("0", s.column("c").orElseThrow().defaultValue());
        }
    }

    @Test
    void virtualTablesAndTheirShadowTablesAreLeftOut() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            db.execute("CREATE VIRTUAL TABLE docs USING fts5(body)", "CREATE TABLE docs_notes (a TEXT)");
            Schema schema = inspect(db.connection());
            assertEquals(List.of("docs_notes"), schema.tables().stream().map(Table::name).toList());
        }
    }

    @Test
    void anEmptyDatabaseIsAnEmptySchema() throws SQLException {
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            assertEquals(Schema.empty(), inspect(db.connection()));
        }
    }

    @Test
    void theNumberOfQueriesDoesNotDependOnTheTableCount() throws SQLException {
        int few;
        int many;
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            createChain(db, 3);
            few = countQueries(db.connection(), 3);
        }
        try (TestDb db = TestDb.open(Kind.SQLITE)) {
            createChain(db, 60);
            many = countQueries(db.connection(), 60);
        }
        assertEquals(few, many);
        assertEquals(SqliteCatalog.QUERIES.size(), many);
        assertTrue(many <= 4, "a handful of queries, got " + many);
    }

    /** Tables t0…t{n-1}, each with a unique column, an index, a check and a key to the one before. */
    private static void createChain(TestDb db, int n) {
        String[] ddl = new String[2 * n];
        for (int i = 0; i < n; i++) {
            String parent = i == 0 ? "" : ", parent_id INTEGER REFERENCES t" + (i - 1) + " ON DELETE CASCADE";
            ddl[2 * i] = "CREATE TABLE t" + i + " (id INTEGER PRIMARY KEY, code TEXT UNIQUE, n INT CHECK (n > 0)"
                    + parent + ")";
            ddl[2 * i + 1] = "CREATE INDEX t" + i + "_n ON t" + i + " (n DESC)";
        }
        db.execute(ddl);
    }

    private static int countQueries(Connection connection, int tables) throws SQLException {
        AtomicInteger executions = new AtomicInteger();
        Schema schema = inspect(counting(connection, executions));
        assertEquals(tables, schema.tables().size());
        for (Table table : schema.tables()) {
            assertEquals(1, table.indexes().size());
            assertEquals(1, table.uniques().size());
            assertEquals(1, table.checks().size());
            assertEquals(table.name().equals("t0") ? 0 : 1, table.foreignKeys().size());
        }
        return executions.get();
    }

    /** {@code connection} with every statement it creates counting its executions into {@code executions}. */
    private static Connection counting(Connection connection, AtomicInteger executions) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if (result instanceof java.sql.Statement statement) {
                Class<?> type = method.getReturnType();
                return Proxy.newProxyInstance(SqliteInspectorTest.class.getClassLoader(), new Class<?>[] {type},
                        (p, m, a) -> {
                            if (m.getName().startsWith("execute")) {
                                executions.incrementAndGet();
                            }
                            return invoke(statement, m, a);
                        });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(SqliteInspectorTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Schema inspect(Connection connection) throws SQLException {
        return Databases.of(DialectKind.SQLITE).inspector().inspect(connection, null);
    }

    private static Column column(String name, String type, boolean nullable, String defaultValue) {
        return Column.of(name, type, nullable, defaultValue);
    }

    private static Column collated(Column c, String collation) {
        return new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), c.identity(), c.generated(), null, null,
                collation, null);
    }

    private static Column generated(Column c, String expression) {
        return new Column(c.name(), c.type(), c.nullable(), c.defaultValue(), c.identity(), expression, null, null,
                c.collation(), null);
    }
}
