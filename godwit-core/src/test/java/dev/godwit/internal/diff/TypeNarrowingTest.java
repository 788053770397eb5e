package dev.godwit.internal.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.schema.Column;
import dev.godwit.schema.ColumnType;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The type changes and added columns that get a WARNING line. */
class TypeNarrowingTest {

    private static Optional<String> change(String from, String to) {
        return TypeNarrowing.describe(new ColumnType(from), new ColumnType(to));
    }

    @Test
    void mysqlTextAndBlobFamiliesNarrowByTheirNames() {
        assertTrue(change("mediumtext", "tinytext").orElseThrow().contains("longer than 255 bytes"));
        assertTrue(change("mediumtext", "text").orElseThrow().contains("longer than 65535 bytes"));
        assertTrue(change("longblob", "blob").isPresent());
        assertTrue(change("varchar(100)", "tinytext").isPresent());
        assertEquals(Optional.empty(), change("tinytext", "mediumtext"));
        assertEquals(Optional.empty(), change("text", "longtext"));
        assertEquals(Optional.empty(), change("varchar(10)", "text"));
        assertEquals(Optional.empty(), change("character varying(10)", "text"), "PostgreSQL's text is unbounded");
        assertTrue(change("TEXT", "BLOB").isPresent(), "another family: a conversion");
    }

    @Test
    void signChangesAreNarrowing() {
        assertTrue(change("int(11)", "int(10) unsigned").orElseThrow().contains("negative values"));
        assertTrue(change("int", "int unsigned").isPresent());
        assertTrue(change("bigint(20) unsigned", "bigint(20)").isPresent());
        assertEquals(Optional.empty(), change("int(10) unsigned", "bigint(20)"));
        assertEquals(Optional.empty(), change("smallint unsigned", "int unsigned"));
        assertTrue(change("INTEGER", "UNSIGNED BIG INT").orElseThrow().startsWith("values that do not convert"),
                "SQLite's type name, not a sign change");
    }

    @Test
    void aRequiredColumnWithoutDefaultIsAtRiskOnlyWhenNothingFillsIt() {
        assertTrue(new Op.AddColumn("t", Column.of("c", "integer", false, null)).dataLoss().isPresent());
        assertEquals(Optional.empty(), new Op.AddColumn("t", Column.of("c", "integer", false, "0")).dataLoss());
        assertEquals(Optional.empty(), new Op.AddColumn("t", Column.of("c", "integer", true, null)).dataLoss());
        assertEquals(Optional.empty(), new Op.AddColumn("t", Column.of("c", "integer", false, null)
                .withIdentity(dev.godwit.schema.Identity.AUTO_INCREMENT)).dataLoss());
    }
}
