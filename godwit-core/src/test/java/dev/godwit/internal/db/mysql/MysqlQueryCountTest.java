package dev.godwit.internal.db.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.schema.Schema;
import dev.godwit.testdb.TestDb;
import dev.godwit.testdb.TestDb.Kind;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspector sends the same number of statements for 3 tables as for 60: no per-table queries. */
class MysqlQueryCountTest {

    @Test
    void statementCountDoesNotGrowWithTheTableCount() throws SQLException {
        try (TestDb small = TestDb.open(Kind.MARIADB); TestDb large = TestDb.open(Kind.MARIADB)) {
            small.execute(tables(3));
            large.execute(tables(60));

            List<String> smallSent = new ArrayList<>();
            Schema smallSchema = new MysqlInspector().inspect(counting(small.connection(), smallSent), small.schema());
            List<String> largeSent = new ArrayList<>();
            Schema largeSchema = new MysqlInspector().inspect(counting(large.connection(), largeSent), large.schema());

            assertEquals(3, smallSchema.tables().size());
            assertEquals(60, largeSchema.tables().size());
            assertEquals(1, largeSchema.table("t59").orElseThrow().foreignKeys().size());
            assertEquals(smallSent, largeSent);
            assertEquals(8, largeSent.size(), String.join("\n", largeSent));
        }
    }

    @Test
    void theCurrentDatabaseCostsOneStatementMore() throws SQLException {
        try (TestDb db = TestDb.open(Kind.MARIADB)) {
            db.execute(tables(5));
            List<String> sent = new ArrayList<>();
            new MysqlInspector().inspect(counting(db.connection(), sent), null);

            assertEquals(9, sent.size(), String.join("\n", sent));
            assertEquals("SELECT DATABASE()", sent.get(0));
        }
    }

    /** Tables t0…t(n-1), each with a primary key, two indexes, a check and a foreign key to the one before; a view. */
    private static String[] tables(int count) {
        List<String> ddl = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ddl.add("CREATE TABLE t" + i + " (id INT PRIMARY KEY, parent_id INT, name VARCHAR(50),"
                    + " KEY ix_t" + i + "_name (name), UNIQUE KEY uq_t" + i + "_name_id (name, id),"
                    + " CONSTRAINT chk_t" + i + " CHECK (id > 0)"
                    + (i == 0 ? "" : ", CONSTRAINT fk_t" + i + " FOREIGN KEY (parent_id) REFERENCES t" + (i - 1)
                            + " (id)")
                    + ")");
        }
        ddl.add("CREATE VIEW v AS SELECT id FROM t0");
        return ddl.toArray(new String[0]);
    }

    /** The connection, recording the SQL of every statement executed through it. */
    private static Connection counting(Connection target, List<String> sent) {
        return (Connection) Proxy.newProxyInstance(MysqlQueryCountTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof CallableStatement || !(result instanceof Statement)) {
                        return result;
                    }
                    String prepared = method.getName().startsWith("prepare") ? (String) args[0] : null;
                    Class<?> type = result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                    InvocationHandler statement = (p, m, a) -> {
                        if (m.getName().startsWith("execute")) {
                            sent.add(prepared != null ? prepared : (String) a[0]);
                        }
                        return invoke(result, m, a);
                    };
                    return Proxy.newProxyInstance(MysqlQueryCountTest.class.getClassLoader(), new Class<?>[] {type},
                            statement);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
