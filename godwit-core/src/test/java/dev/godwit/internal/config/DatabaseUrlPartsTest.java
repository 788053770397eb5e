package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.config.DatabaseUrl.Host;
import dev.godwit.internal.config.DatabaseUrl.Parameter;
import dev.godwit.internal.dialect.DialectKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A DatabaseUrl's parts: hosts, ports, database, parameters and credentials apart; the JDBC URL built from them. */
class DatabaseUrlPartsTest {
    private static final Path BASE = Path.of("/srv/app");

    @Test
    void aServerUrlTakenApart() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgresql://alice:s3cr%40t@db1:6543,[::1]/my%20app?sslmode=require&password=no&user=bob", BASE);
        assertEquals(DialectKind.POSTGRESQL, url.kind());
        assertEquals("jdbc:postgresql://", url.driver());
        assertEquals(List.of(new Host("db1", 6543), new Host("::1", 5432)), url.hosts());
        assertEquals("my%20app", url.rawDatabase());
        assertEquals("my app", url.database());
        assertEquals(List.of(new Parameter("sslmode", "require")), url.parameters());
        assertEquals("alice", url.user());
        assertEquals("s3cr@t", url.password());
        assertEquals("jdbc:postgresql://db1:6543,[::1]:5432/my%20app?sslmode=require", url.jdbcUrl());
        assertEquals("db1:6543,[::1]:5432", url.host());
        assertFalse(url.masked().contains("s3cr"), url.masked());
        assertFalse(url.jdbcUrl().contains("alice"), "the credentials stay out of the JDBC URL");
    }

    @Test
    void credentialsInTheQueryAreTakenOutOfTheParameters() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:mariadb://h/shop?user=app&useSsl=true;password=pw%21&charset=x", BASE);
        assertEquals(DialectKind.MYSQL, url.kind());
        assertEquals(List.of(new Host("h", 3306)), url.hosts());
        assertEquals("app", url.user());
        assertEquals("pw!", url.password());
        assertEquals(List.of(new Parameter("useSsl", "true")), url.parameters(),
                "MySQL's charset (the Python drivers') is not the JDBC driver's: dropped");
    }

    @Test
    void theJdbcUrlIsBuiltFromTheParts() {
        DatabaseUrl built = new DatabaseUrl(DialectKind.MYSQL, "jdbc:mariadb://",
                List.of(new Host("a", 3307), new Host("2001:db8::1", 3306)), "shop",
                List.of(new Parameter("useSsl", "true"), new Parameter("flag", null)), "u", "pw", null);
        assertEquals("jdbc:mariadb://a:3307,[2001:db8::1]:3306/shop?useSsl=true&flag", built.jdbcUrl());
        assertEquals(built.jdbcUrl(), built.masked(), "no password in the JDBC URL: nothing to mask");
        assertEquals("pw", built.connectionProperties().getProperty("password"));
    }

    @Test
    void theDisplayMasksWhatTheUserWrote() {
        DatabaseUrl url = DatabaseUrl.parse("mysql://root:hunter22@db/shop?ssl_key_password=k3y", BASE);
        assertEquals("mysql://root:***@db/shop?ssl_key_password=***", url.masked());
        assertEquals(url.masked(), url.toString());
        assertTrue(url.secrets().containsAll(List.of("hunter22", "k3y")), url.secrets().toString());
        DatabaseUrl other = url.withCredentials("admin", null);
        assertEquals("mysql://admin:***@db/shop?ssl_key_password=***", other.masked());
        assertEquals(url.hosts(), other.hosts());
        assertEquals(url.parameters(), other.parameters());
        assertEquals(url.jdbcUrl(), other.jdbcUrl());
    }

    @Test
    void sqliteHasAFileAndParametersButNoHosts() {
        DatabaseUrl url = DatabaseUrl.parse("sqlite:///data/app.db?journal_mode=WAL&x", BASE);
        assertEquals(List.of(), url.hosts());
        assertNull(url.host());
        assertEquals("/srv/app/data/app.db", url.database());
        assertEquals(List.of(new Parameter("journal_mode", "WAL"), new Parameter("x", null)), url.parameters());
        assertEquals("jdbc:sqlite:/srv/app/data/app.db?journal_mode=WAL&x", url.jdbcUrl());
        assertEquals(":memory:", DatabaseUrl.parse("sqlite://", BASE).database());
        assertEquals("jdbc:sqlite::memory:", DatabaseUrl.parse("sqlite://", BASE).jdbcUrl());
    }

    @Test
    void aJdbcUrlWrittenInCodeKeepsItsDriverMode() {
        DatabaseUrl url = DatabaseUrl.ofJdbc(DialectKind.MYSQL,
                "jdbc:mariadb:replication://bob:pw@h1,h2:3307/shop?useSsl=true", null, null);
        assertEquals("jdbc:mariadb:replication://", url.driver());
        assertEquals(List.of(new Host("h1", 3306), new Host("h2", 3307)), url.hosts());
        assertEquals("bob", url.user());
        assertEquals("pw", url.password());
        assertEquals("jdbc:mariadb:replication://h1:3306,h2:3307/shop?useSsl=true", url.jdbcUrl());
        assertFalse(url.masked().contains(":pw@"), url.masked());

        DatabaseUrl local = DatabaseUrl.ofJdbc(DialectKind.POSTGRESQL, "jdbc:postgresql:mydb", "u", null);
        assertEquals(List.of(new Host("localhost", 5432)), local.hosts());
        assertEquals("mydb", local.database());
        assertEquals("u", local.user());
    }
}
