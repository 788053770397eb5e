package dev.godwit.internal.connect;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.config.Secrets;
import dev.godwit.internal.dialect.Dialect;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;

/**
 * A failed connection attempt as one message: which host, what went wrong (unknown host, nothing
 * listening, no answer in time, refused credentials, no such database) and what to check. The
 * driver's and server's words are scrubbed of the URL's secrets first: a server may quote them.
 */
final class ConnectFailure {

    private ConnectFailure() {
    }

    static GodwitException of(DatabaseUrl url, Dialect dialect, SQLException e, Duration connectTimeout) {
        Secrets secrets = Secrets.of(url);
        String reason = secrets.scrub(Errors.firstLine(e));
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String host = url.host();
        String where = "Could not connect to " + url.masked();
        if (dialect.isFile()) {
            java.nio.file.Path parent = url.database() == null ? null : java.nio.file.Path.of(url.database()).getParent();
            return new GodwitException(ErrorCode.CONNECTION_FAILED, where + ": " + reason, "Check that the folder "
                    + (parent == null ? "of the database file" : parent) + " exists and can be written to.", e);
        }
        UnknownHostException unknown = cause(e, UnknownHostException.class);
        if (unknown != null) {
            String name = unknown.getMessage() == null ? hostName(host) : unknown.getMessage().split(":")[0].strip();
            return new GodwitException(ErrorCode.CONNECTION_FAILED,
                    where + ": unknown host " + secrets.scrub(name) + ".",
                    "Check the host name in the URL (and the DNS or /etc/hosts of this machine).", e);
        }
        if (timedOut(e)) {
            return new GodwitException(ErrorCode.CONNECTION_FAILED,
                    where + ": the server at " + host + " did not answer within "
                    + seconds(connectTimeout) + ".",
                    "Check that the database server at " + host + " is up and that this is its port (a firewall may"
                    + " swallow the connection); if it is only slow, wait longer with connect_timeout in godwit.toml"
                    + " (connect_timeout = 30).", e);
        }
        if (cause(e, ConnectException.class) != null) {
            return new GodwitException(ErrorCode.CONNECTION_FAILED,
                    where + ": nothing accepts connections at " + host + " (" + reason + ").",
                    "Is the database server running and reachable at that host and port?", e);
        }
        String hint;
        ErrorCode code = ErrorCode.CONNECTION_FAILED;
        if (state.startsWith("28") || e.getErrorCode() == 1045) {
            code = ErrorCode.AUTHENTICATION_FAILED;
            hint = "Check the user name and password (in the URL, `user`/`password` in godwit.toml, or DATABASE_URL).";
        } else if ("3D000".equals(state) || e.getErrorCode() == 1049) {
            hint = "Create the database first, or fix the database name in the URL.";
        } else if (state.startsWith("08")) {
            hint = "Is the database server running and reachable at " + host + "?";
        } else {
            hint = "Check the URL and that the database server is running.";
        }
        return new GodwitException(code, where + ": " + reason, hint, e);
    }

    private static boolean timedOut(SQLException e) {
        if (cause(e, SocketTimeoutException.class) != null || e instanceof java.sql.SQLTimeoutException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("timed out") || m.contains("timeout")) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    private static String hostName(String host) {
        if (host == null) {
            return "?";
        }
        int colon = host.lastIndexOf(':');
        return colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
