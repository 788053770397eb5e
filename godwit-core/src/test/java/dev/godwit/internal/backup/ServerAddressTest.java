package dev.godwit.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.dialect.DialectKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    private static final Path BASE = Path.of("/tmp");

    private static ServerAddress parse(String url) {
        return Addresses.of(DatabaseUrl.parse(url, BASE));
    }

    @Test
    void pythonStyleUrl() {
        ServerAddress a = parse("postgresql://alice:pw@db.example.com:6543/app?sslmode=require");
        assertEquals(List.of("db.example.com"), a.hosts());
        assertEquals(List.of(6543), a.ports());
        assertEquals("app", a.database());
        assertEquals(Map.of("sslmode", "require"), a.parameters());
        assertEquals("db.example.com:6543", a.display());
    }

    @Test
    void defaultPorts() {
        assertEquals(List.of(5432), parse("postgresql://db/app").ports());
        assertEquals(List.of(3306), parse("mariadb://db/shop").ports());
        assertEquals(List.of(3306), parse("jdbc:mysql://db/shop").ports());
    }

    @Test
    void severalHostsAndIpv6() {
        ServerAddress a = parse("jdbc:postgresql://h1:5433,h2/app");
        assertEquals(List.of("h1", "h2"), a.hosts());
        assertEquals(List.of(5433, 5432), a.ports());
        ServerAddress v6 = parse("jdbc:postgresql://[::1]:5433/app");
        assertEquals(List.of("::1"), v6.hosts());
        assertEquals("[::1]:5433", v6.display());
    }

    @Test
    void urlsBuiltInCode() {
        ServerAddress local = Addresses.of(new DatabaseUrl(DialectKind.POSTGRESQL, "jdbc:postgresql:mydb", null, null, null));
        assertEquals(List.of("localhost"), local.hosts());
        assertEquals(List.of(5432), local.ports());
        assertEquals("mydb", local.database());

        ServerAddress replication = Addresses.of(new DatabaseUrl(DialectKind.MYSQL,
                "jdbc:mariadb:replication://h1,h2:3307/shop?useSsl=true", null, null, null));
        assertEquals(List.of("h1", "h2"), replication.hosts());
        assertEquals(List.of(3306, 3307), replication.ports());
        assertEquals("shop", replication.database());
        assertEquals("true", replication.parameters().get("usessl"));

        ServerAddress userInfo = Addresses.of(new DatabaseUrl(DialectKind.MYSQL,
                "jdbc:mysql://bob:secret@h:3310/my%20db", null, null, null));
        assertEquals(List.of("h"), userInfo.hosts());
        assertEquals("my db", userInfo.database());
    }

    @Test
    void theParsedDatabaseNameWins() {
        assertEquals("my db", parse("postgresql://h/my%20db").database());
    }

    @Test
    void unreadableUrlsFailClearly() {
        GodwitException e = assertThrows(GodwitException.class, () -> Addresses.of(
                new DatabaseUrl(DialectKind.MYSQL, "jdbc:mariadb://h:3306/", "u", "hunter2", null)));
        assertTrue(e.getMessage().contains("names no database"), e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"));
        assertThrows(GodwitException.class, () -> Addresses.of(
                new DatabaseUrl(DialectKind.MYSQL, "jdbc:mariadb://address=(host=h)(port=3306)/db", null, null, null)));
        assertThrows(GodwitException.class, () -> Addresses.of(
                new DatabaseUrl(DialectKind.POSTGRESQL, "jdbc:postgresql://h:99999/db", null, null, null)));
    }
}
