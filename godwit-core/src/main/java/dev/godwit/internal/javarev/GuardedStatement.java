package dev.godwit.internal.javarev;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A statement made on a {@link GuardedConnection}: SQL given to it ({@code execute…(sql)},
 * {@code addBatch(sql)}) is checked first, and {@code getConnection()} answers the guarded
 * connection, never the run's own.
 */
final class GuardedStatement implements InvocationHandler {
    private final Statement statement;
    private final Connection guarded;
    private final GuardedConnection guard;

    private GuardedStatement(Statement statement, Connection guarded, GuardedConnection guard) {
        this.statement = statement;
        this.guarded = guarded;
        this.guard = guard;
    }

    /** {@code statement} behind a proxy of {@code type} (Statement, PreparedStatement or CallableStatement). */
    static Statement wrap(Statement statement, Class<?> type, Connection guarded, GuardedConnection guard) {
        Class<?> shown = type.isInterface() && Statement.class.isAssignableFrom(type) ? type : Statement.class;
        return (Statement) Proxy.newProxyInstance(GuardedStatement.class.getClassLoader(), new Class<?>[] {shown},
                new GuardedStatement(statement, guarded, guard));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("getConnection") && (args == null || args.length == 0)) {
            return guarded;
        }
        if ((name.startsWith("execute") || name.equals("addBatch")) && args != null && args.length > 0
                && args[0] instanceof String sql) {
            guard.check(sql);
        }
        try {
            return method.invoke(statement, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
