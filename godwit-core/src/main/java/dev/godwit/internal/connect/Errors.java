package dev.godwit.internal.connect;

import java.sql.SQLException;

/** Small helpers that turn driver exceptions into text a user can read. */
public final class Errors {

    private Errors() {
    }

    /** The first line of the database's message, without driver boilerplate. */
    public static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl).strip();
    }

    /** The database's whole message (PostgreSQL adds useful Detail/Hint/Position lines). */
    public static String full(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return message.replace("\n", "\n  ");
    }
}
