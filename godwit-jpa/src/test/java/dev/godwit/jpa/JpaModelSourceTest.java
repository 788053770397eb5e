package dev.godwit.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.GodwitException;
import dev.godwit.spi.ModelOptions;
import dev.godwit.internal.dialect.DialectKind;
import dev.godwit.spi.DdlStatement;
import dev.godwit.internal.model.PluginModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The statements Hibernate's schema export gives for the test entities, per dialect, and the errors. */
class JpaModelSourceTest {

    private static final Path BASE = Path.of("target").toAbsolutePath();

    private static List<DdlStatement> statements(String model, DialectKind kind, String product, ModelOptions options) {
        return PluginModels.open(model, kind.name().toLowerCase(java.util.Locale.ROOT), product, "3.45", options, BASE, Map.of()).statements();
    }

    private static String sql(List<DdlStatement> statements) {
        return statements.stream().map(DdlStatement::sql).collect(Collectors.joining(";\n"));
    }

    @Test
    void standardNamingKeepsFieldNames() {
        String sql = sql(statements("jpa:dev.godwit.jpa.entities", DialectKind.POSTGRESQL, "PostgreSQL",
                new ModelOptions(List.of("test-classes"), null, null)));
        assertTrue(sql.contains("create table departments"), sql);
        assertTrue(sql.contains("createdAt"), sql);
        assertTrue(sql.contains("create sequence agent_seq start with 1 increment by 20"), sql);
        assertTrue(sql.contains("Agent_skills"), sql);
    }

    @Test
    void springNamingGivesSpringBootsNames() {
        List<DdlStatement> statements = statements("jpa:dev.godwit.jpa.entities", DialectKind.MYSQL, "MariaDB",
                new ModelOptions(List.of("test-classes"), "spring", "spring"));
        String sql = sql(statements);
        assertTrue(sql.contains("created_at"), sql);
        assertTrue(sql.contains("create table agent_skills"), sql);
        assertTrue(sql.contains("hired_on"), sql);
        DdlStatement departments = statements.stream().filter(s -> s.sql().startsWith("create table departments"))
                .findFirst().orElseThrow();
        assertEquals("entity dev.godwit.jpa.entities.Department (table departments)", departments.where());
    }

    @Test
    void aPackageNotOnTheClasspathNamesWhereItLooked() {
        GodwitException e = assertThrows(GodwitException.class, () -> statements("jpa:com.example.nowhere",
                DialectKind.SQLITE, "SQLite", new ModelOptions(List.of("test-classes"), null, null)));
        assertTrue(e.getMessage().contains("com.example.nowhere"), e.getMessage());
        assertTrue(e.getMessage().contains(BASE.resolve("test-classes").toString()), e.getMessage());
    }

    @Test
    void anEntityHibernateRejectsIsNamed() {
        GodwitException e = assertThrows(GodwitException.class, () -> statements("jpa:dev.godwit.jpa.broken",
                DialectKind.SQLITE, "SQLite", new ModelOptions(List.of("test-classes"), null, null)));
        assertTrue(e.getMessage().contains("dev.godwit.jpa.broken.Orphan"), e.getMessage());
    }

    @Test
    void anUnknownNamingStrategyIsAnError() {
        GodwitException e = assertThrows(GodwitException.class, () -> statements("jpa:dev.godwit.jpa.entities",
                DialectKind.SQLITE, "SQLite", new ModelOptions(List.of("test-classes"), "com.example.Nope", null)));
        assertTrue(e.getMessage().contains("jpa_physical_naming"), e.getMessage());
    }

    /** Hibernate's MariaDB dialect keys @GeneratedValue on sequences (which Godwit's MariaDB inspector reads back). */
    @Test
    void mariadbGetsSequencesFromHibernate() {
        String sql = sql(statements("jpa:dev.godwit.jpa.unit", DialectKind.MYSQL, "MariaDB",
                new ModelOptions(List.of("test-classes"), null, null)));
        assertTrue(sql.contains("create sequence"), sql);
    }

    @Test
    void aUnitWithoutANameIsAnError() {
        GodwitException e = assertThrows(GodwitException.class, () -> statements("jpa:unit:", DialectKind.SQLITE,
                "SQLite", new ModelOptions(List.of("test-classes"), null, null)));
        assertTrue(e.getMessage().contains("names no persistence unit"), e.getMessage());
    }

    /** PostgreSQL named enums: the type before the table, and no database-wide cast. */
    @Test
    void namedEnumsComeBeforeTheirTableWithoutCasts() {
        String sql = sql(statements("jpa:dev.godwit.jpa.namedenum", DialectKind.POSTGRESQL, "PostgreSQL",
                new ModelOptions(List.of("test-classes"), null, null)));
        assertTrue(sql.indexOf("create type") >= 0 && sql.indexOf("create type") < sql.indexOf("create table"), sql);
        assertTrue(!sql.contains("create cast"), sql);
    }
}
