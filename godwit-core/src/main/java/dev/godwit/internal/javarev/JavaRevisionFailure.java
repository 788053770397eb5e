package dev.godwit.internal.javarev;

import java.sql.SQLException;

/**
 * The code of a Java revision threw: carried through the run like a failed statement, with the
 * class and what it threw. The SQL state and vendor code are those of the database error when the
 * code threw (or wrapped) one.
 */
public final class JavaRevisionFailure extends SQLException {
    private static final long serialVersionUID = 1L;

    private final String className;

    JavaRevisionFailure(String className, String method, Throwable cause) {
        super(className + "." + method + "() threw " + describe(cause), sqlState(cause), vendorCode(cause), cause);
        this.className = className;
    }

    public String className() {
        return className;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return t.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static SQLException sql(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String sqlState(Throwable t) {
        SQLException s = sql(t);
        return s == null ? null : s.getSQLState();
    }

    private static int vendorCode(Throwable t) {
        SQLException s = sql(t);
        return s == null ? 0 : s.getErrorCode();
    }
}
