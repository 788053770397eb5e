package dev.godwit.testdb;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real connection wrapped so that every statement execution through it is counted: the
 * statements it creates (createStatement, prepareStatement, prepareCall) are wrapped too, and
 * each call of one of their {@code execute…} methods counts once (a batch counts once). For
 * tests that prove a piece of code sends a fixed number of queries, and for benchmarks.
 */
public final class CountingConnection {

    private final AtomicInteger executions = new AtomicInteger();
    private final Connection connection;

    private CountingConnection(Connection target) {
        this.connection = (Connection) Proxy.newProxyInstance(CountingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(target));
    }

    public static CountingConnection wrap(Connection target) {
        return new CountingConnection(target);
    }

    /** The counting connection to hand to the code under test. */
    public Connection connection() {
        return connection;
    }

    /** Statement executions so far. */
    public int executions() {
        return executions.get();
    }

    public void reset() {
        executions.set(0);
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection target;

        ConnectionHandler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(target, method, args);
            Class<?> type = method.getReturnType();
            if (result != null && (type == Statement.class || type == PreparedStatement.class
                    || type == CallableStatement.class)) {
                return Proxy.newProxyInstance(CountingConnection.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(result));
            }
            return result;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final Object target;

        StatementHandler(Object target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().startsWith("execute")) {
                executions.incrementAndGet();
            }
            return call(target, method, args);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
