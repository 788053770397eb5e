package dev.godwit.internal.javarev;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The run's connection as a Java revision gets it: everything passes through, except what would end
 * or split the revision's transaction ({@code commit}, {@code rollback}, {@code setAutoCommit},
 * {@code close}, savepoint release), which throws instead.
 */
final class GuardedConnection implements InvocationHandler {
    private static final Set<String> REFUSED = Set.of("commit", "rollback", "setAutoCommit", "close",
            "releaseSavepoint", "abort");

    private final Connection connection;
    private final String revision;

    private GuardedConnection(Connection connection, String revision) {
        this.connection = connection;
        this.revision = revision;
    }

    static Connection wrap(Connection connection, String revision) {
        return (Connection) Proxy.newProxyInstance(GuardedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new GuardedConnection(connection, revision));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean savepointRollback = name.equals("rollback") && args != null && args.length == 1;
        if (REFUSED.contains(name) && !savepointRollback) {
            throw new SQLException("Java revision " + revision + " called Connection." + name + "(): Godwit commits "
                    + "the revision with its bookkeeping, and closes the connection, itself");
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
