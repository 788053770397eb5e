package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.dialect.DialectKind;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseUrlTest {
    private static final Path BASE = Path.of("/srv/app");
    /** A password full of URL syntax; its encoded form is {@link #ENCODED}. */
    private static final String SECRET = "Pw$ecret!@:/#?";
    private static final String ENCODED = "Pw$ecret!%40%3A%2F%23%3F";

    private static DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url, BASE);
    }

    private static void assertUrl(DatabaseUrl url, DialectKind kind, String jdbc, String user, String password,
            String database) {
        assertEquals(kind, url.kind(), "kind");
        assertEquals(jdbc, url.jdbcUrl(), "jdbcUrl");
        assertEquals(user, url.user(), "user");
        assertEquals(password, url.password(), "password");
        assertEquals(database, url.database(), "database");
    }

    // ------------------------------------------------------------ PostgreSQL

    @Test
    void postgresShortScheme() {
        assertUrl(parse("postgres://app:secret@db:5432/app"), DialectKind.POSTGRESQL,
                "jdbc:postgresql://db:5432/app", "app", "secret", "app");
    }

    @Test
    void postgresqlSchemeDefaultPort() {
        assertUrl(parse("postgresql://app:secret@db.example.com/shop"), DialectKind.POSTGRESQL,
                "jdbc:postgresql://db.example.com:5432/shop", "app", "secret", "shop");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql+psycopg2", "postgresql+asyncpg", "postgres+pg8000", "POSTGRESQL"})
    void postgresDriverSuffixIgnored(String scheme) {
        assertUrl(parse(scheme + "://app:secret@db:6543/app"), DialectKind.POSTGRESQL,
                "jdbc:postgresql://db:6543/app", "app", "secret", "app");
    }

    @Test
    void postgresQueryPassedThrough() {
        DatabaseUrl url = parse("postgres://app:secret@db/app?sslmode=require&connectTimeout=5");
        assertEquals("jdbc:postgresql://db:5432/app?sslmode=require&connectTimeout=5", url.jdbcUrl());
    }

    @Test
    void postgresWithoutCredentials() {
        assertUrl(parse("postgres://db/app"), DialectKind.POSTGRESQL, "jdbc:postgresql://db:5432/app", null, null,
                "app");
    }

    @Test
    void postgresUserOnly() {
        assertUrl(parse("postgres://app@db/app"), DialectKind.POSTGRESQL, "jdbc:postgresql://db:5432/app", "app",
                null, "app");
    }

    @Test
    void postgresPasswordOnly() {
        assertUrl(parse("postgres://:secret@db/app"), DialectKind.POSTGRESQL, "jdbc:postgresql://db:5432/app", null,
                "secret", "app");
    }

    @Test
    void multipleHostsEachGetAPort() {
        assertEquals("jdbc:postgresql://a:5433,b:5432/app", parse("postgres://u:p@a:5433,b/app").jdbcUrl());
    }

    @Test
    void jdbcPostgresql() {
        assertUrl(parse("jdbc:postgresql://db:5433/app"), DialectKind.POSTGRESQL,
                "jdbc:postgresql://db:5433/app", null, null, "app");
    }

    @Test
    void jdbcPostgresqlCredentialsInQueryAreTakenOut() {
        DatabaseUrl url = parse("jdbc:postgresql://db/app?user=app&password=p%40ss&sslmode=require");
        assertUrl(url, DialectKind.POSTGRESQL, "jdbc:postgresql://db:5432/app?sslmode=require", "app", "p@ss", "app");
        assertEquals("jdbc:postgresql://db/app?user=app&password=***&sslmode=require", url.masked());
    }

    @Test
    void jdbcPostgresqlOnlyCredentialsInQuery() {
        assertEquals("jdbc:postgresql://db:5432/app",
                parse("jdbc:postgresql://db/app?user=app&password=x").jdbcUrl());
    }

    // ------------------------------------------------------------ MySQL / MariaDB

    @Test
    void mysql() {
        assertUrl(parse("mysql://root:secret@db/shop"), DialectKind.MYSQL, "jdbc:mariadb://db:3306/shop", "root",
                "secret", "shop");
    }

    @Test
    void mysqlDriverSuffixAndCharsetDropped() {
        assertUrl(parse("mysql+pymysql://root:secret@db:3307/shop?charset=utf8mb4"), DialectKind.MYSQL,
                "jdbc:mariadb://db:3307/shop", "root", "secret", "shop");
    }

    @Test
    void mysqlSslParametersKept() {
        assertEquals("jdbc:mariadb://db:3306/shop?ssl_ca=/etc/ca.pem&sslMode=verify-full",
                parse("mysql://u:p@db/shop?charset=utf8mb4&ssl_ca=/etc/ca.pem&sslMode=verify-full").jdbcUrl());
    }

    @Test
    void mariadb() {
        assertUrl(parse("mariadb://u:p@db/shop"), DialectKind.MYSQL, "jdbc:mariadb://db:3306/shop", "u", "p", "shop");
        assertUrl(parse("mariadb+mariadbconnector://u:p@db/shop"), DialectKind.MYSQL,
                "jdbc:mariadb://db:3306/shop", "u", "p", "shop");
    }

    @Test
    void jdbcMysqlBecomesMariadb() {
        assertUrl(parse("jdbc:mysql://db/shop?useSSL=true"), DialectKind.MYSQL,
                "jdbc:mariadb://db:3306/shop?useSSL=true", null, null, "shop");
    }

    @Test
    void jdbcMysqlWithUserInfo() {
        DatabaseUrl url = parse("jdbc:mysql://root:secret@db:3307/shop");
        assertUrl(url, DialectKind.MYSQL, "jdbc:mariadb://db:3307/shop", "root", "secret", "shop");
        assertEquals("jdbc:mysql://root:***@db:3307/shop", url.masked());
    }

    @Test
    void jdbcMariadbQueryCredentials() {
        assertUrl(parse("jdbc:mariadb://db:3306/shop?user=root&password=secret"), DialectKind.MYSQL,
                "jdbc:mariadb://db:3306/shop", "root", "secret", "shop");
    }

    // ------------------------------------------------------------ SQLite

    @Test
    void sqliteRelative() {
        assertUrl(parse("sqlite:///data/app.db"), DialectKind.SQLITE, "jdbc:sqlite:/srv/app/data/app.db", null, null,
                "/srv/app/data/app.db");
    }

    @Test
    void sqliteRelativeGoingUp() {
        assertEquals("jdbc:sqlite:/srv/shared.db", parse("sqlite:///../shared.db").jdbcUrl());
    }

    @Test
    void sqliteAbsolute() {
        assertUrl(parse("sqlite:////var/lib/app.db"), DialectKind.SQLITE, "jdbc:sqlite:/var/lib/app.db", null, null,
                "/var/lib/app.db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite://", "sqlite:///:memory:", "sqlite:///", "jdbc:sqlite::memory:", "jdbc:sqlite:"})
    void sqliteInMemory(String form) {
        assertUrl(parse(form), DialectKind.SQLITE, "jdbc:sqlite::memory:", null, null, ":memory:");
    }

    @Test
    void sqliteQueryKept() {
        assertEquals("jdbc:sqlite:/srv/app/app.db?journal_mode=WAL", parse("sqlite:///app.db?journal_mode=WAL").jdbcUrl());
    }

    @Test
    void jdbcSqliteRelativeAndAbsolute() {
        assertUrl(parse("jdbc:sqlite:app.db"), DialectKind.SQLITE, "jdbc:sqlite:/srv/app/app.db", null, null,
                "/srv/app/app.db");
        assertUrl(parse("jdbc:sqlite:/tmp/x.db"), DialectKind.SQLITE, "jdbc:sqlite:/tmp/x.db", null, null,
                "/tmp/x.db");
    }

    @Test
    void jdbcSqliteFileUriPassedThrough() {
        DatabaseUrl url = parse("jdbc:sqlite:file:app.db?mode=ro");
        assertEquals("jdbc:sqlite:file:app.db?mode=ro", url.jdbcUrl());
        assertEquals(DialectKind.SQLITE, url.kind());
    }

    @Test
    void sqliteWithHostPartIsRejected() {
        GodwitException e = assertThrows(GodwitException.class, () -> parse("sqlite://app.db"));
        assertTrue(e.getMessage().contains("three slashes"), e.getMessage());
    }

    @Test
    void blanksAroundAreIgnored() {
        assertEquals("jdbc:postgresql://db:5432/app", parse("  postgres://db/app \n").jdbcUrl());
    }

    // ------------------------------------------------------------ decoding, IPv6

    @Test
    void credentialsArePercentDecoded() {
        DatabaseUrl url = parse("postgres://us%20er:p%40ss@db/app");
        assertEquals("us er", url.user());
        assertEquals("p@ss", url.password());
    }

    @Test
    void plusIsNotASpace() {
        assertEquals("a+b", parse("postgres://u:a+b@db/app").password());
    }

    @Test
    void fullySpecialPassword() {
        DatabaseUrl url = parse("postgres://app:" + ENCODED + "@db/app");
        assertEquals(SECRET, url.password());
        assertEquals("jdbc:postgresql://db:5432/app", url.jdbcUrl());
        assertEquals("postgres://app:***@db/app", url.masked());
    }

    @Test
    void rawSpecialCharactersInPasswordStillParse() {
        DatabaseUrl url = parse("postgres://app:pa/ss?x#y@z@db/app");
        assertEquals("pa/ss?x#y@z", url.password());
        assertEquals("jdbc:postgresql://db:5432/app", url.jdbcUrl());
        assertEquals("postgres://app:***@db/app", url.masked());
    }

    @Test
    void userNameWithAtSign() {
        DatabaseUrl url = parse("postgres://app@server:secret@db/app");
        assertEquals("app@server", url.user());
        assertEquals("secret", url.password());
    }

    @Test
    void databaseNameDecoded() {
        assertEquals("my db", parse("postgres://db/my%20db").database());
    }

    @Test
    void ipv6Host() {
        assertUrl(parse("postgres://u:p@[::1]:5433/app"), DialectKind.POSTGRESQL, "jdbc:postgresql://[::1]:5433/app",
                "u", "p", "app");
        assertEquals("jdbc:mariadb://[2001:db8::1]:3306/shop", parse("mysql://[2001:db8::1]/shop").jdbcUrl());
    }

    @Test
    void ipv6WithoutBracketsIsRejected() {
        GodwitException e = assertThrows(GodwitException.class, () -> parse("postgres://u:p@2001:db8::1/app"));
        assertTrue(e.getMessage().contains("brackets"), e.getMessage());
    }

    // ------------------------------------------------------------ masking

    @Test
    void maskedKeepsTheWrittenForm() {
        assertEquals("postgres://app:***@db:5432/app", parse("postgres://app:secret@db:5432/app").masked());
        assertEquals("postgresql+psycopg2://app:***@db/app", parse("postgresql+psycopg2://app:s@db/app").masked());
        assertEquals("mysql+pymysql://root:***@db/shop?charset=utf8mb4",
                parse("mysql+pymysql://root:secret@db/shop?charset=utf8mb4").masked());
        assertEquals("mariadb://root:***@[::1]/shop", parse("mariadb://root:secret@[::1]/shop").masked());
        assertEquals("postgres://app@db/app", parse("postgres://app@db/app").masked());
        assertEquals("sqlite:///app.db", parse("sqlite:///app.db").masked());
        assertEquals("jdbc:sqlite::memory:", parse("jdbc:sqlite::memory:").masked());
        assertEquals("jdbc:mariadb://db/shop?user=root&password=***",
                parse("jdbc:mariadb://db/shop?user=root&password=secret").masked());
    }

    @Test
    void toStringIsMasked() {
        DatabaseUrl url = parse("postgres://app:" + ENCODED + "@db/app");
        assertEquals(url.masked(), url.toString());
        assertFalse(url.toString().contains("ecret"));
    }

    @Test
    void staticMaskWorksOnAnything() {
        assertEquals("postgres://u:***@h/db", DatabaseUrl.mask("postgres://u:pw@h/db"));
        assertEquals("postgres:***@h/db", DatabaseUrl.mask("postgres:u:pw@h/db"));
        assertEquals("x?password=***&a=b", DatabaseUrl.mask("x?password=pw&a=b"));
        assertNull(DatabaseUrl.mask(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "oracle://app:" + ENCODED + "@db/app",
        "postgres://app:" + ENCODED + "@/app",
        "postgres://app:" + ENCODED + "@db",
        "postgres://app:" + ENCODED + "@db/",
        "postgres://app:" + ENCODED + "@db:99999/app",
        "postgres://app:" + ENCODED + "@db:abc/app",
        "postgres://app:" + ENCODED + "@db:/app",
        "postgres://app:" + ENCODED + "@[::1/app",
        "postgres://app:" + ENCODED + "@[::1]x/app",
        "postgres://app:" + ENCODED + "@db/a/b",
        "postgres://app:" + ENCODED + "@db/a%zz",
        "postgres://app:" + ENCODED + "%zz@db/app",
        "postgres://app:Pw$ecret/x#y@db:bad/app",
        "postgres://app:Pw$ecret@x@:1/app",
        "mysql://app:" + ENCODED + "@db:0/app",
        "jdbc:postgresql://db:x/app?user=app&password=" + ENCODED,
        "jdbc:postgresql:app?password=" + ENCODED,
        "jdbc:oracle:thin:app/Pw$ecret@db:1521/app",
        "jdbc:mysql://db:70000/app?password=" + ENCODED,
        "jdbc:postgresql://app:" + ENCODED + "@db",
        "app:Pw$ecret@db/app",
        "postgres:app:Pw$ecret@db/app",
        "postgres:/app:Pw$ecret@db/app",
        "sqlite://app:Pw$ecret@host/x.db",
    })
    void errorsNeverShowThePassword(String url) {
        GodwitException e = assertThrows(GodwitException.class, () -> parse(url));
        String all = e.getMessage() + "\n" + e.hint();
        assertFalse(all.contains("ecret"), all);
        assertFalse(all.contains(ENCODED), all);
        assertTrue(e.getMessage().contains("***"), e.getMessage());
        assertTrue(e.hint().contains("postgresql://user:password@host"), e.hint());
        assertTrue(e.hint().contains("sqlite:///relative/path.db"), e.hint());
        assertTrue(e.hint().contains("jdbc:postgresql://"), e.hint());
    }

    @Test
    void specificErrorMessages() {
        assertMessage("postgres://u:p@db:99999/app", "bad port '99999'");
        assertMessage("postgres://u:p@db:x/app", "bad port 'x'");
        assertMessage("postgres://u:p@/app", "no host");
        assertMessage("postgres:///app", "no host");
        assertMessage("postgres://u:p@db", "names no database");
        assertMessage("oracle://db/app", "unknown scheme 'oracle'");
        assertMessage("jdbc:oracle:thin:@db", "JDBC driver Godwit does not support");
        assertMessage("jdbc:postgresql:app", "no host");
        assertMessage("just-a-name", "not a URL");
        assertMessage("postgres://u:pa/ss@db/app/x@y", "'@' after its host");
    }

    /** Issue 11 #14: the password in the query is taken whole, and the user after it is still the user. */
    @ParameterizedTest
    @ValueSource(strings = {"Sup3r@Secret", "p@ss:w/rd#1?x", "pa&ssw0rd", "pa#ssw0rd", "a;b", "x=y"})
    void queryPasswordsAreTakenWhole(String password) {
        String written = password.equals("x=y") ? "x%3Dy" : password.equals("a;b") ? "a%3Bb" : password;
        DatabaseUrl url = parse("jdbc:postgresql://127.0.0.1:5432/db?password=" + written + "&user=u&ssl=false");
        assertEquals("u", url.user());
        assertEquals(password, url.password());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/db?ssl=false", url.jdbcUrl());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/db?password=***&user=u&ssl=false", url.masked());
        DatabaseUrl maria = parse("jdbc:mariadb://h/db?user=u&password=" + written);
        assertEquals(password, maria.password());
        assertFalse(maria.masked().contains(written), maria.masked());
    }

    @Test
    void semicolonSeparatesParameters() {
        DatabaseUrl url = parse("jdbc:postgresql://h/db?user=u;password=xyz");
        assertEquals("u", url.user());
        assertEquals("xyz", url.password());
    }

    @Test
    void secretParametersKeptForTheDriverAreSecrets() {
        DatabaseUrl url = parse("jdbc:postgresql://h/db?sslpassword=k%40y&password=pw1");
        assertEquals("jdbc:postgresql://h:5432/db?sslpassword=k%40y", url.jdbcUrl());
        assertEquals(java.util.Set.of("pw1", "k%40y", "k@y"), url.secrets());
        assertEquals("jdbc:postgresql://h/db?sslpassword=***&password=***", url.masked());
    }

    /** An '@' in a query value is the value's, never the end of a user name (issue 11 #14). */
    @Test
    void atSignInTheQueryBelongsToTheValue() {
        DatabaseUrl url = parse("postgres://u@db/app?application_name=a@b");
        assertEquals("u", url.user());
        assertEquals("jdbc:postgresql://db:5432/app?application_name=a@b", url.jdbcUrl());
    }

    @Test
    void emptyUrl() {
        assertThrows(GodwitException.class, () -> parse(""));
        assertThrows(GodwitException.class, () -> parse("   "));
        assertThrows(GodwitException.class, () -> parse(null));
    }

    private static void assertMessage(String url, String expected) {
        GodwitException e = assertThrows(GodwitException.class, () -> parse(url));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    // ------------------------------------------------------------ credentials

    @Test
    void connectionProperties() {
        Properties props = parse("postgres://app:secret@db/app").connectionProperties();
        assertEquals("app", props.getProperty("user"));
        assertEquals("secret", props.getProperty("password"));
        assertTrue(parse("sqlite://").connectionProperties().isEmpty());
        Properties userOnly = parse("postgres://app@db/app").connectionProperties();
        assertEquals(1, userOnly.size());
    }

    @Test
    void withCredentialsOverrides() {
        DatabaseUrl url = parse("postgres://app:secret@db/app").withCredentials("admin", "n3w");
        assertEquals("admin", url.user());
        assertEquals("n3w", url.password());
        assertEquals("jdbc:postgresql://db:5432/app", url.jdbcUrl());
        assertEquals("postgres://admin:***@db/app", url.masked());
    }

    @Test
    void withCredentialsNullKeeps() {
        DatabaseUrl original = parse("postgres://app:secret@db/app");
        assertSame(original, original.withCredentials(null, null));
        DatabaseUrl url = original.withCredentials(null, "other");
        assertEquals("app", url.user());
        assertEquals("other", url.password());
        assertEquals("postgres://app:***@db/app", url.masked());
    }

    @Test
    void withCredentialsAddsThemToTheDisplay() {
        DatabaseUrl url = parse("postgres://db/app").withCredentials("a b", "pw");
        assertEquals("postgres://a%20b:***@db/app", url.masked());
        assertEquals("mysql://root@db/shop", parse("mysql://db/shop").withCredentials("root", null).masked());
    }

    @Test
    void withCredentialsLeavesJdbcDisplay() {
        DatabaseUrl url = parse("jdbc:postgresql://db/app").withCredentials("app", "pw");
        assertEquals("jdbc:postgresql://db/app", url.masked());
        assertEquals("pw", url.connectionProperties().getProperty("password"));
    }

    @Test
    void fiveArgumentConstructor() {
        DatabaseUrl url = DatabaseUrl.ofJdbc(DialectKind.POSTGRESQL, "jdbc:postgresql://db:5432/app?password=x", "u",
                "x");
        assertEquals("jdbc:postgresql://db:5432/app?password=***", url.masked());
        assertEquals(url.masked(), url.toString());
    }
}
