package dev.godwit.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import dev.godwit.internal.db.sqlite.SqliteDialect;
import dev.godwit.internal.dialect.DialectKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The registry: every database found through the service file, by kind, name and URL scheme, with its parts. */
class DatabasesTest {

    @Test
    void listsTheThreeDatabasesOnce() {
        List<String> names = Databases.all().stream().map(Database::name).collect(Collectors.toList());
        assertEquals(List.of("sqlite", "postgresql", "mysql"), names);
        assertSame(Databases.all().get(1), Databases.all().get(1), "loaded once");
        assertSame(Databases.of(DialectKind.MYSQL), Databases.named("mysql").orElseThrow());
        for (DialectKind kind : DialectKind.values()) {
            assertEquals(kind, Databases.of(kind).kind());
        }
    }

    @Test
    void findsEachDatabaseByUrlSchemeAndJdbcSubprotocol() {
        assertEquals("postgresql", scheme("postgres"));
        assertEquals("postgresql", scheme("postgresql"));
        assertEquals("postgresql", scheme("PostgreSQL"));
        assertEquals("mysql", scheme("mysql"));
        assertEquals("mysql", scheme("mariadb"));
        assertEquals("sqlite", scheme("sqlite"));
        assertEquals(Optional.empty(), Databases.forScheme("oracle"));
        assertEquals(Optional.empty(), Databases.forScheme(""));
        assertEquals("postgresql", Databases.forSubprotocol("postgresql").orElseThrow().name());
        assertEquals("mysql", Databases.forSubprotocol("mysql").orElseThrow().name());
        assertEquals("mysql", Databases.forSubprotocol("MariaDB").orElseThrow().name());
        assertEquals("sqlite", Databases.forSubprotocol("sqlite").orElseThrow().name());
        assertEquals(Optional.empty(), Databases.forSubprotocol("postgres"), "jdbc:postgres: is no driver's");
    }

    @Test
    void urlSyntaxOfEachDatabase() {
        Database pg = Databases.of(DialectKind.POSTGRESQL);
        Database my = Databases.of(DialectKind.MYSQL);
        Database lite = Databases.of(DialectKind.SQLITE);
        assertEquals("jdbc:postgresql://", pg.jdbcUrlPrefix());
        assertEquals("jdbc:mariadb://", my.jdbcUrlPrefix());
        assertEquals(null, lite.jdbcUrlPrefix());
        assertTrue(lite.isFile());
        assertTrue(!pg.isFile() && !my.isFile());
        assertTrue(my.dropsUrlParameter("charset"));
        assertTrue(!pg.dropsUrlParameter("charset"));
    }

    private static String scheme(String scheme) {
        return Databases.forScheme(scheme).orElseThrow().name();
    }

    @Test
    void findsEachDatabaseByName() {
        assertEquals(DialectKind.POSTGRESQL, Databases.named("postgresql").orElseThrow().kind());
        assertEquals(DialectKind.MYSQL, Databases.named("MySQL").orElseThrow().kind());
        assertEquals(DialectKind.SQLITE, Databases.named("sqlite").orElseThrow().kind());
        assertEquals(Optional.empty(), Databases.named("postgres"), "a scheme is not a name");
        assertThrows(NullPointerException.class, () -> Databases.of(null));
    }

    @Test
    void namesPortsAndDrivers() {
        Database pg = Databases.of(DialectKind.POSTGRESQL);
        Database my = Databases.of(DialectKind.MYSQL);
        Database lite = Databases.of(DialectKind.SQLITE);
        assertEquals("PostgreSQL", pg.displayName());
        assertEquals("MySQL/MariaDB", my.displayName());
        assertEquals("SQLite", lite.displayName());
        assertEquals(5432, pg.defaultPort());
        assertEquals(3306, my.defaultPort());
        assertEquals(-1, lite.defaultPort());
        assertEquals("org.postgresql.Driver", pg.driverClass());
        assertEquals("org.mariadb.jdbc.Driver", my.driverClass());
        assertEquals("org.sqlite.JDBC", lite.driverClass());
    }

    @Test
    void factoriesReturnTheDatabasesOwnParts() {
        assertParts(Databases.of(DialectKind.POSTGRESQL), PostgresDialect.class, "Postgres");
        assertParts(Databases.of(DialectKind.MYSQL), MysqlDialect.class, "Mysql");
        assertParts(Databases.of(DialectKind.SQLITE), SqliteDialect.class, "Sqlite");
    }

    private static void assertParts(Database database, Class<?> dialect, String prefix) {
        String pkg = "dev.godwit.internal.db." + database.name().replace("postgresql", "postgres");
        assertEquals(dialect, database.dialect().getClass());
        assertEquals(database.kind(), database.dialect().kind());
        assertEquals(pkg + "." + prefix + "Inspector", database.inspector().getClass().getName());
        assertEquals(pkg + "." + prefix + "Renderer", database.renderer().getClass().getName());
        ToolLocator tools = new ToolLocator(name -> null, name -> null);
        assertEquals(pkg + "." + prefix + "Backup", database.backupMethod(tools).getClass().getName());
        assertEquals(pkg, database.getClass().getPackageName(), "one package per database");
        assertTrue(database.dialect().splitterOptions().beginEndBlocks());
        assertTrue(!database.inspector().notModelledQueries().isEmpty());
    }
}
