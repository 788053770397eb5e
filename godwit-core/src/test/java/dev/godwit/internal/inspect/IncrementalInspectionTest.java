package dev.godwit.internal.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.db.Databases;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import dev.godwit.testdb.TestDb;
import dev.godwit.testdb.TestDb.Kind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Re-reading only what changed reads what a whole inspection reads, after every kind of change:
 * changes to a table the change does not name (a referenced table renamed, its key column renamed,
 * a table a key points at created later), views over a changed table, a table dropped and created
 * again with another column, enum types, sequences and comments.
 */
class IncrementalInspectionTest {

    private static List<String> changes(Kind kind) {
        boolean maria = kind == Kind.MARIADB;
        List<String> steps = new ArrayList<>(List.of(
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR(100))",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER,"
                        + " CONSTRAINT fk_orders_users FOREIGN KEY (user_id) REFERENCES users (id))",
                "CREATE INDEX ix_users_email ON users (email)",
                "CREATE TABLE audit (id INTEGER PRIMARY KEY, note VARCHAR(20))",
                "CREATE INDEX ix_audit_note ON audit (note)",
                "ALTER TABLE users RENAME TO people",
                "CREATE VIEW v_people AS SELECT id, email FROM people",
                "ALTER TABLE people RENAME COLUMN email TO mail",
                "ALTER TABLE people ADD COLUMN name VARCHAR(50)",
                maria ? "DROP INDEX ix_audit_note ON audit" : "DROP INDEX ix_audit_note",
                "DROP TABLE orders",
                "DROP VIEW v_people",
                "DROP TABLE people",
                "CREATE TABLE people (id INTEGER PRIMARY KEY, mail VARCHAR(200))"));
        if (kind == Kind.SQLITE) {
            steps.addAll(List.of(
                    "CREATE TABLE child (x INTEGER, CONSTRAINT fk_child FOREIGN KEY (x) REFERENCES parent)",
                    "CREATE TABLE parent (k INTEGER PRIMARY KEY)",
                    "CREATE TRIGGER tr_audit AFTER INSERT ON audit BEGIN SELECT 1; END"));
        }
        if (kind == Kind.POSTGRESQL) {
            steps.addAll(List.of(
                    "CREATE TABLE child (x INTEGER, CONSTRAINT fk_child FOREIGN KEY (x) REFERENCES people (id))",
                    "ALTER TABLE people RENAME COLUMN id TO pid",
                    "CREATE TYPE mood AS ENUM ('calm', 'busy')",
                    "ALTER TABLE audit ADD COLUMN m mood",
                    "ALTER TYPE mood RENAME TO feeling",
                    "ALTER TYPE feeling ADD VALUE 'gone'",
                    "COMMENT ON COLUMN audit.note IS 'free text'",
                    "CREATE SEQUENCE counter",
                    "ALTER TABLE audit ALTER COLUMN id SET DEFAULT nextval('counter')",
                    "ALTER SEQUENCE counter RENAME TO tally",
                    "ALTER TABLE audit ADD CONSTRAINT ck_note CHECK (length(note) > 1)"));
        }
        return steps;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void readsWhatAWholeInspectionReadsAfterEveryChange(Kind kind) throws SQLException {
        try (TestDb db = TestDb.open(kind, "testspeed_")) {
            SchemaInspector inspector = Databases.of(kind.dialect).inspector();
            String schema = kind == Kind.SQLITE ? null : db.schema();
            IncrementalInspection incremental = new IncrementalInspection(inspector, schema, name -> true);
            assertEquals(inspector.inspect(db.connection(), schema), incremental.current(db.connection()));
            for (String change : changes(kind)) {
                db.execute(change);
                Schema whole = inspector.inspect(db.connection(), schema);
                assertEquals(whole, incremental.current(db.connection()), "after " + change);
                assertEquals(whole, incremental.current(db.connection()), "read again after " + change);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void readsOnlyTheTablesAskedForWithEverythingElse(Kind kind) throws SQLException {
        try (TestDb db = TestDb.open(kind, "testspeed_")) {
            SchemaInspector inspector = Databases.of(kind.dialect).inspector();
            String schema = kind == Kind.SQLITE ? null : db.schema();
            db.execute("CREATE TABLE a (id INTEGER PRIMARY KEY)", "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER,"
                    + " CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES a (id))", "CREATE VIEW v AS SELECT id FROM a");
            Schema whole = inspector.inspect(db.connection(), schema);
            Schema part = inspector.inspectTables(db.connection(), schema, Set.of("b", "no_such_table"));
            assertEquals(List.of(whole.table("b").orElseThrow()), part.tables());
            assertEquals(whole.views(), part.views());
            assertEquals(List.of(), inspector.inspectTables(db.connection(), schema, Set.of()).tables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.godwit.testdb.TestDb#kinds")
    void aFingerprintChangesWithTheTableItDescribes(Kind kind) throws SQLException {
        try (TestDb db = TestDb.open(kind, "testspeed_")) {
            SchemaInspector inspector = Databases.of(kind.dialect).inspector();
            String schema = kind == Kind.SQLITE ? null : db.schema();
            db.execute("CREATE TABLE a (id INTEGER PRIMARY KEY, x INTEGER)", "CREATE TABLE b (id INTEGER PRIMARY KEY)");
            SchemaFingerprint before = inspector.fingerprint(db.connection(), schema);
            if (kind == Kind.MARIADB) {
                assertEquals(null, before, "MariaDB has no fingerprint: it is read whole every time");
                return;
            }
            assertNotNull(before);
            assertEquals(before, inspector.fingerprint(db.connection(), schema), "nothing changed");
            db.execute("CREATE INDEX ix_a_x ON a (x)");
            SchemaFingerprint after = inspector.fingerprint(db.connection(), schema);
            assertNotEquals(before.tables().get("a"), after.tables().get("a"));
            assertEquals(before.tables().get("b"), after.tables().get("b"));
            assertEquals(before.rest(), after.rest());
            db.execute("CREATE VIEW v AS SELECT id FROM b");
            assertNotEquals(after.rest(), inspector.fingerprint(db.connection(), schema).rest());
            assertTrue(after.tables().containsKey("b"));
            assertEquals(Set.of("a", "b"), Set.copyOf(inspector.inspect(db.connection(), schema).tables().stream()
                    .map(Table::name).toList()));
        }
    }
}
