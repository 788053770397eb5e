package dev.godwit.internal.javarev;

import dev.godwit.internal.script.ScriptSyntaxException;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.StatementSplitter;
import dev.godwit.internal.script.TransactionControl;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * The run's connection as a Java revision gets it: everything passes through, except what would end
 * or split the revision's transaction ({@code commit}, {@code rollback}, {@code setAutoCommit},
 * {@code close}, savepoint release), which throws instead; so does SQL that would (a {@code COMMIT},
 * {@code ROLLBACK}, {@code BEGIN}, {@code SET autocommit}…) sent through a statement it creates,
 * alone or after other statements in one string (split as the database reads it).
 */
final class GuardedConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close",
            "releaseSavepoint", "abort");
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");

    private final Connection connection;
    private final String revision;
    private final SplitterOptions splitting;

    private GuardedConnection(Connection connection, String revision, SplitterOptions splitting) {
        this.connection = connection;
        this.revision = revision;
        this.splitting = splitting;
    }

    /** {@code connection} guarded for {@code revision}; {@code splitting} reads SQL as its database does. */
    static Connection wrap(Connection connection, String revision, SplitterOptions splitting) {
        return (Connection) Proxy.newProxyInstance(GuardedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new GuardedConnection(connection, revision, splitting));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean savepointRollback = name.equals("rollback") && args != null && args.length == 1;
        if (REFUSED.contains(name) && !savepointRollback) {
            throw refused(revision, "called Connection." + name + "()");
        }
        if (PREPARING.contains(name) && args != null && args.length > 0 && args[0] instanceof String sql) {
            check(sql);
        }
        Object result;
        try {
            result = method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return result instanceof Statement statement
                ? GuardedStatement.wrap(statement, method.getReturnType(), (Connection) proxy, this) : result;
    }

    /** Throws when {@code sql}, or one of the statements in it, would end or split the revision's transaction. */
    void check(String sql) throws SQLException {
        String keyword = TransactionControl.controlKeyword(sql);
        if (keyword == null && sql.indexOf(';') >= 0) {
            try {
                for (var statement : StatementSplitter.split(sql, 1, splitting)) {
                    keyword = keyword != null ? keyword : TransactionControl.controlKeyword(statement.sql());
                }
            } catch (ScriptSyntaxException e) {
                // not SQL the database can run either: it will say so
            }
        }
        if (keyword != null) {
            throw refused(revision, "ran `" + keyword + "`");
        }
    }

    private static SQLException refused(String revision, String what) {
        return new SQLException("Java revision " + revision + " " + what + ": Godwit commits the revision with its "
                + "bookkeeping, and closes the connection, itself. Remove it from the revision; nothing of the "
                + "revision was committed");
    }
}
