package dev.godwit.junit;

import dev.godwit.Godwit;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource for a JDBC URL, user and password, each connection a new one from the driver: the
 * shape a Testcontainers container hands out ({@code getJdbcUrl()}, {@code getUsername()},
 * {@code getPassword()}), for {@link GodwitMigrationTests#dataSource()} suppliers. Its
 * {@link #toString()} shows the URL masked and never the password.
 */
public final class DriverDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;
    private int loginTimeout;

    private DriverDataSource(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
    }

    /** Connections to {@code jdbcUrl} as {@code user} with {@code password} (either may be null). */
    public static DriverDataSource of(String jdbcUrl, String user, String password) {
        return new DriverDataSource(jdbcUrl, user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        java.util.Properties properties = new java.util.Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        return DriverManager.getConnection(url, properties);
    }

    @Override
    public PrintWriter getLogWriter() {
        return DriverManager.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        DriverManager.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** The URL masked and the user; never the password. */
    @Override
    public String toString() {
        return "DriverDataSource[" + Godwit.maskUrl(url) + (user == null ? "" : ", user " + user) + "]";
    }
}
