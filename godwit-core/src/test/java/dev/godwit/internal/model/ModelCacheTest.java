package dev.godwit.internal.model;

import dev.godwit.spi.DdlStatement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.Column;
import dev.godwit.schema.ForeignKey;
import dev.godwit.schema.ForeignKeyAction;
import dev.godwit.schema.Index;
import dev.godwit.schema.PrimaryKey;
import dev.godwit.schema.Schema;
import dev.godwit.schema.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {

    private static final List<DdlStatement> MODEL = List.of(new DdlStatement("CREATE TABLE a (id int)", null, 1));

    private static Schema schema() {
        Table agents = Table.of("agents", List.of(Column.of("id", "integer", false, null)), new PrimaryKey("agents_pkey", List.of("id")));
        Table tickets = Table.of("tickets", List.of(Column.of("id", "integer", false, null),
                Column.of("agent_id", "integer", true, "0")), new PrimaryKey(null, List.of("id")))
                .withForeignKeys(List.of(new ForeignKey("fk", List.of("agent_id"), "agents", List.of("id"),
                        ForeignKeyAction.CASCADE, null)))
                .withIndexes(List.of(Index.onColumns("ix", false, List.of("agent_id"))));
        return Schema.ofTables(List.of(agents, tickets));
    }

    @Test
    void aStoredSchemaReadsBackEqual(@TempDir Path dir) {
        ModelCache cache = new ModelCache(dir, "build-1");
        String key = cache.key("POSTGRESQL", "15.2", "", MODEL);
        assertTrue(cache.get(key).isEmpty());
        cache.put(key, schema());
        assertEquals(schema(), cache.get(key).orElseThrow());
    }

    @Test
    void theKeyChangesWithEverythingTheResultDependsOn(@TempDir Path dir) {
        ModelCache cache = new ModelCache(dir, "build-1");
        String key = cache.key("POSTGRESQL", "15.2", "", MODEL);
        assertEquals(key, cache.key("POSTGRESQL", "15.2", "", List.of(new DdlStatement("CREATE TABLE a (id int)", Path.of("x.sql"), 9))),
                "where a statement comes from does not matter");
        assertNotEquals(key, cache.key("MYSQL", "15.2", "", MODEL));
        assertNotEquals(key, cache.key("POSTGRESQL", "16.0", "", MODEL));
        assertNotEquals(key, cache.key("POSTGRESQL", "15.2", " CHARACTER SET latin1", MODEL));
        assertNotEquals(key, cache.key("POSTGRESQL", "15.2", "", List.of(new DdlStatement("CREATE TABLE a (id bigint)", null, 1))));
        assertNotEquals(key, new ModelCache(dir, "build-2").key("POSTGRESQL", "15.2", "", MODEL));
    }

    @Test
    void aDamagedEntryIsIgnored(@TempDir Path dir) throws Exception {
        ModelCache cache = new ModelCache(dir, "build-1");
        String key = cache.key("SQLITE", "3", "", MODEL);
        Files.writeString(dir.resolve(key), "not a schema");
        assertTrue(cache.get(key).isEmpty());
        cache.put(key, schema());
        assertEquals(schema(), cache.get(key).orElseThrow());
    }

    @Test
    void offWhenAskedAndWhenNotRunFromAJar() {
        assertTrue(ModelCache.standard(Map.of("GODWIT_MODEL_CACHE", "off")).isEmpty());
        assertTrue(ModelCache.standard(Map.of()).isEmpty(), "tests run from classes: no cache");
    }
}
