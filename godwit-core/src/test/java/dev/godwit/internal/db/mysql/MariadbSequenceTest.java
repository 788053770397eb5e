package dev.godwit.internal.db.mysql;

import static dev.godwit.internal.render.Fixtures.one;
import static dev.godwit.internal.render.Fixtures.rows;
import static dev.godwit.internal.render.Fixtures.run;
import static dev.godwit.internal.render.Fixtures.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.SchemaDiffer;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Sequence;
import dev.godwit.schema.Table;
import dev.godwit.testdb.TestDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MariaDB's SEQUENCE objects on a real MariaDB: read exactly (and never as tables), and written
 * by diff and renderer so that SHOW CREATE SEQUENCE gives back what was asked for, up and down.
 */
class MariadbSequenceTest {

    private static final long MAX = 9223372036854775806L;

    /** The sequence Hibernate's MariaDB dialect writes, one with every option changed, a table, one whose default reads a sequence. */
    private static final String[] MODEL = {
        "CREATE SEQUENCE agent_seq START WITH 1 INCREMENT BY 50",
        "CREATE SEQUENCE `ticket no` START WITH 100 MINVALUE 10 MAXVALUE 5000 INCREMENT BY -5 NOCACHE CYCLE",
        "CREATE TABLE agents (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(50))",
        "CREATE TABLE tickets (id BIGINT NOT NULL DEFAULT (NEXT VALUE FOR `ticket no`) PRIMARY KEY)",
    };

    private final MysqlInspector inspector = new MysqlInspector();
    private final MysqlRenderer renderer = new MysqlRenderer();
    private final SchemaDiffer differ = new SchemaDiffer();

    @Test
    void sequencesAreReadExactlyAndAreNoTables() throws SQLException {
        try (TestDb db = TestDb.open(TestDb.Kind.MARIADB)) {
            db.execute(MODEL);
            Schema schema = inspector.inspect(db.connection(), db.schema());

            assertEquals(List.of(new Sequence("agent_seq", "bigint", 1, 50, 1, MAX, 1000, false),
                    new Sequence("ticket no", "bigint", 100, -5, 10, 5000, 0, true)), schema.sequences());
            assertEquals(List.of("agents", "tickets"), schema.tables().stream().map(Table::name).toList());
            assertEquals("nextval(`ticket no`)", schema.table("tickets").orElseThrow().columns().get(0).defaultValue());
            assertTrue(schema.views().isEmpty());
        }
    }

    @Test
    void theScriptSpellsEveryOption() {
        Sequence s = new Sequence("agent_seq", null, 1, 50, 1, MAX, 1000, false);
        Sequence changed = new Sequence("agent_seq", null, 7, 10, 1, 2000, 0, true);
        assertEquals(List.of("CREATE SEQUENCE agent_seq START WITH 1 MINVALUE 1 MAXVALUE " + MAX
                + " INCREMENT BY 50 CACHE 1000 NOCYCLE"), sql(renderer, changes(new Op.CreateSequence(s))));
        assertEquals(List.of("ALTER SEQUENCE agent_seq START WITH 7 MAXVALUE 2000 INCREMENT BY 10 NOCACHE CYCLE"),
                sql(renderer, changes(new Op.AlterSequence(s, changed))));
        assertEquals(List.of("DROP SEQUENCE agent_seq"), sql(renderer, changes(new Op.DropSequence(s))));
    }

    /** Empty → the model → options changed → empty, each step judged by SHOW CREATE SEQUENCE and by inspecting again. */
    @Test
    void upAlterAndDownRoundTrip() throws SQLException {
        try (TestDb live = TestDb.open(TestDb.Kind.MARIADB); TestDb desired = TestDb.open(TestDb.Kind.MARIADB);
                TestDb altered = TestDb.open(TestDb.Kind.MARIADB)) {
            desired.execute(MODEL);
            altered.execute("CREATE SEQUENCE agent_seq START WITH 5 MINVALUE 5 MAXVALUE 100000 INCREMENT BY 20"
                    + " CACHE 10 CYCLE", "CREATE SEQUENCE `ticket no` START WITH 100 MINVALUE 10 MAXVALUE 5000"
                    + " INCREMENT BY -5 NOCACHE CYCLE", MODEL[2], MODEL[3]);
            Schema empty = inspect(live);

            List<String> up = migrate(live, empty, inspect(desired));
            assertEquals("CREATE SEQUENCE agent_seq", up.get(0).substring(0, "CREATE SEQUENCE agent_seq".length()));
            assertEquals(inspect(desired), inspect(live));
            assertEquals(showCreate(desired), showCreate(live));
            assertEquals(List.of("1", "51"), List.of(one(live.connection(), "SELECT NEXT VALUE FOR agent_seq"),
                    one(live.connection(), "SELECT NEXT VALUE FOR agent_seq")));

            migrate(live, inspect(live), inspect(altered));
            assertEquals(inspect(altered), inspect(live));
            assertEquals(showCreate(altered), showCreate(live));

            List<String> down = migrate(live, inspect(live), empty);
            assertEquals(List.of("DROP TABLE agents", "DROP TABLE tickets"), down.subList(0, 2));
            assertEquals(empty, inspect(live));
            assertEquals(List.of(), rows(live.connection(), "SELECT TABLE_NAME FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE()"));
        }
    }

    private Schema inspect(TestDb db) throws SQLException {
        return inspector.inspect(db.connection(), db.schema());
    }

    private List<String> migrate(TestDb db, Schema from, Schema to) throws SQLException {
        ChangeSet changes = differ.diff(from, to);
        List<String> statements = sql(renderer, changes);
        run(db.connection(), renderer.render(changes));
        return statements;
    }

    /** SHOW CREATE SEQUENCE of each sequence, in name order. */
    private static List<String> showCreate(TestDb db) throws SQLException {
        Connection c = db.connection();
        List<String> out = new ArrayList<>();
        for (String name : rows(c, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_TYPE = 'SEQUENCE' ORDER BY TABLE_NAME")) {
            try (java.sql.Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SHOW CREATE SEQUENCE `" + name + "`")) {
                rs.next();
                out.add(rs.getString(2));
            }
        }
        return out;
    }

    private static ChangeSet changes(Op op) {
        return dev.godwit.internal.render.Fixtures.changes(op);
    }
}
