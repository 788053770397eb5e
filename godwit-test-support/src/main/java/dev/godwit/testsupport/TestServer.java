package dev.godwit.testsupport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * Where a test database server is, as the README says: {@code GODWIT_TEST_PG_URL} /
 * {@code GODWIT_TEST_MYSQL_URL}, a JDBC URL such as
 * {@code jdbc:postgresql://db:5432/test?user=postgres&password=secret} or
 * {@code jdbc:mariadb://db:3306/?user=root} ({@code jdbc:} optional, {@code user:password@} before
 * the host also read). Without it, the older single variables GODWIT_TEST_PG_HOST/PORT/USER/DB and
 * GODWIT_TEST_MYSQL_HOST/PORT/USER; then the local services. Shared by the core's and the CLI's
 * tests (module godwit-test-support, a test-scoped dependency of both).
 *
 * @param database the database to connect to (PostgreSQL: the one the test schemas go in; MariaDB:
 *                 the one used to check the server, tests create their own)
 * @param password the password, or "" for none
 */
public record TestServer(String host, String port, String user, String password, String database) {

    /** PostgreSQL's test server. */
    public static TestServer postgres() {
        return postgres(System::getenv);
    }

    /** MariaDB's test server. */
    public static TestServer mariadb() {
        return mariadb(System::getenv);
    }

    public static TestServer postgres(Function<String, String> env) {
        String url = blankToNull(env.apply("GODWIT_TEST_PG_URL"));
        if (url != null) {
            return parse("GODWIT_TEST_PG_URL", url, "5432", "postgres", "test");
        }
        return new TestServer(or(env, "GODWIT_TEST_PG_HOST", "127.0.0.1"), or(env, "GODWIT_TEST_PG_PORT", "5432"),
                or(env, "GODWIT_TEST_PG_USER", "postgres"), "", or(env, "GODWIT_TEST_PG_DB", "test"));
    }

    public static TestServer mariadb(Function<String, String> env) {
        String url = blankToNull(env.apply("GODWIT_TEST_MYSQL_URL"));
        if (url != null) {
            return parse("GODWIT_TEST_MYSQL_URL", url, "3306", "root", "test");
        }
        return new TestServer(or(env, "GODWIT_TEST_MYSQL_HOST", "127.0.0.1"), or(env, "GODWIT_TEST_MYSQL_PORT", "3306"),
                or(env, "GODWIT_TEST_MYSQL_USER", "root"), "", "test");
    }

    /** Reads {@code url}; what it leaves out comes from the defaults. */
    public static TestServer parse(String variable, String url, String defaultPort, String defaultUser, String defaultDb) {
        String rest = url.strip();
        if (rest.regionMatches(true, 0, "jdbc:", 0, 5)) {
            rest = rest.substring(5);
        }
        int scheme = rest.indexOf("://");
        if (scheme < 0) {
            throw new IllegalArgumentException(variable + " must be a JDBC URL such as jdbc:postgresql://host:5432/test"
                    + "?user=postgres or jdbc:mariadb://host:3306/?user=root");
        }
        rest = rest.substring(scheme + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String database = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(rest.substring(slash + 1));
            rest = rest.substring(0, slash);
        }
        String user = null;
        String password = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String info = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (key.equals("user")) {
                user = value;
            } else if (key.equals("password")) {
                password = value;
            }
        }
        String host = rest;
        String port = defaultPort;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0 && rest.indexOf(']', colon) < 0) {
            host = rest.substring(0, colon);
            port = rest.substring(colon + 1);
        }
        if (host.isEmpty() || !port.matches("[0-9]+")) {
            throw new IllegalArgumentException(variable + " has no host or a bad port: " + host + ":" + port);
        }
        return new TestServer(host, port, blankToNull(user) == null ? defaultUser : user,
                password == null ? "" : password, database.isEmpty() ? defaultDb : database);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String or(Function<String, String> env, String name, String fallback) {
        String value = blankToNull(env.apply(name));
        return value == null ? fallback : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Whether the tests run under CI, where a missing server or tool fails instead of skipping: any
     * non-empty {@code CI} ({@code true}, {@code 1}, {@code yes}, ...) except {@code false} and {@code 0}.
     */
    public static boolean ci() {
        return ci(System.getenv("CI"));
    }

    public static boolean ci(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip();
        return !v.equalsIgnoreCase("false") && !v.equals("0");
    }

    /** user:password@ (percent-encoded) for a Godwit URL, or user@ without a password. */
    public String userInfo() {
        String encoded = java.net.URLEncoder.encode(user, StandardCharsets.UTF_8).replace("+", "%20");
        return password.isEmpty() ? encoded + "@"
                : encoded + ":" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20") + "@";
    }
}
