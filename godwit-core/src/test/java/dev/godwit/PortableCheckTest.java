package dev.godwit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionRequest;
import dev.godwit.api.SchemaDiff;
import dev.godwit.testdb.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Godwit.check(dialect)} and {@code checkDialects()}: the revisions' sections for each
 * configured database (here shared ones) replayed on a fresh scratch of it, compared with the model;
 * and `migrate` writing nothing when no database has a change.
 */
class PortableCheckTest {

    private static final String TABLE = "CREATE TABLE agents (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        String pw = TestDb.PG_PASSWORD == null || TestDb.PG_PASSWORD.isEmpty() ? "" : ":" + TestDb.PG_PASSWORD;
        String pg = "postgresql://" + TestDb.PG_USER + pw + "@" + TestDb.PG_HOST + ":" + TestDb.PG_PORT + "/"
                + TestDb.PG_DB;
        Files.writeString(dir.resolve("godwit.toml"), "url = \"sqlite:///live.db\"\nmodel = \"schema\"\n"
                + "dialects = [\"sqlite\", \"postgresql\"]\ndev_urls = [\"" + pg + "\"]\n");
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(dir.resolve("schema/01.sql"), TABLE);
    }

    private Godwit godwit() {
        return Godwit.configure().baseDirectory(dir).environmentVariables(Map.of()).load();
    }

    @Test
    void withoutRevisionsEveryDialectMissesTheModel() {
        assertEquals(List.of("create table agents"), godwit().check("sqlite").changes());
        Map<String, SchemaDiff> all = godwit().checkDialects();
        assertEquals(List.of("sqlite", "postgresql"), new ArrayList<>(all.keySet()));
        all.forEach((dialect, diff) -> assertEquals(List.of("create table agents"), diff.changes(), dialect));
    }

    @Test
    void sharedSectionsServeEveryDialectWithoutItsOwn() throws IOException {
        Path versions = dir.resolve("migrations/versions");
        Files.writeString(versions.resolve("a1_agents.sql"), "-- revision: a1\n-- revises:\n-- message: agents\n\n"
                + "-- +upgrade\n" + TABLE + "\n-- +downgrade\nDROP TABLE agents;\n");
        godwit().checkDialects().forEach((dialect, diff) -> assertTrue(diff.isEmpty(), dialect + ": " + diff.changes()));

        godwit().upgrade("head");
        assertFalse(godwit().autogenerate(RevisionRequest.of("nothing")).written(), "no dialect has a change");
    }

    @Test
    void aDialectWithoutScratchOrUnknownIsRefused() {
        GodwitException none = assertThrows(GodwitException.class, () -> godwit().check("mysql"));
        assertEquals(ErrorCode.BAD_CONFIGURATION, none.code());
        assertTrue(none.getMessage().contains("no dev_urls entry for mysql"), none.getMessage());
        GodwitException unknown = assertThrows(GodwitException.class, () -> godwit().check("oracle"));
        assertEquals(ErrorCode.BAD_ARGUMENT, unknown.code());
    }
}
