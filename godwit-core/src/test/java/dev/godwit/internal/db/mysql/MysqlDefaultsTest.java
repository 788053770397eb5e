package dev.godwit.internal.db.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The default normalisation without a server. MySQL 8's catalog rows are written out by hand here
 * (no MySQL server in the test environment); MariaDB's are also covered against a real server in
 * {@link MysqlInspectorTest}.
 */
class MysqlDefaultsTest {

    private static final MysqlFlavor MARIADB = MysqlFlavor.parse(true, "10.11.6-MariaDB");
    private static final MysqlFlavor MYSQL = MysqlFlavor.parse(false, "8.0.36");

    @Test
    void everySpellingOfNowIsCurrentTimestamp() {
        for (String now : new String[] {"current_timestamp()", "CURRENT_TIMESTAMP", "now()", "NOW( )",
                "current_timestamp(0)", "localtimestamp()"}) {
            assertEquals("CURRENT_TIMESTAMP", MysqlDefaults.columnDefault(MARIADB, now, "", "timestamp"), now);
            assertEquals("CURRENT_TIMESTAMP", MysqlDefaults.columnDefault(MYSQL, now, "DEFAULT_GENERATED",
                    "timestamp"), now);
        }
        assertEquals("CURRENT_TIMESTAMP(6)", MysqlDefaults.columnDefault(MARIADB, "current_timestamp(6)", "",
                "datetime"));
        assertEquals("CURRENT_TIMESTAMP(3)", MysqlDefaults.columnDefault(MYSQL, "CURRENT_TIMESTAMP(3)",
                "DEFAULT_GENERATED", "datetime"));
    }

    @Test
    void mariadbDefaultsAreAlreadyExpressions() {
        assertEquals("'open'", MysqlDefaults.columnDefault(MARIADB, "'open'", "", "enum"));
        assertEquals("0", MysqlDefaults.columnDefault(MARIADB, "0", "", "int"));
        assertEquals("(1 + 1)", MysqlDefaults.columnDefault(MARIADB, "(1 + 1)", "", "int"));
        assertNull(MysqlDefaults.columnDefault(MARIADB, "NULL", "", "varchar"));
        assertNull(MysqlDefaults.columnDefault(MARIADB, null, "", "varchar"));
        assertEquals("'NULL'", MysqlDefaults.columnDefault(MARIADB, "'NULL'", "", "varchar"));
    }

    @Test
    void mysqlLiteralsAreQuotedUnlessNumeric() {
        assertEquals("'open'", MysqlDefaults.columnDefault(MYSQL, "open", "", "enum"));
        assertEquals("'it''s'", MysqlDefaults.columnDefault(MYSQL, "it's", "", "varchar"));
        assertEquals("'a\\\\b'", MysqlDefaults.columnDefault(MYSQL, "a\\b", "", "varchar"));
        assertEquals("'NULL'", MysqlDefaults.columnDefault(MYSQL, "NULL", "", "varchar"));
        assertEquals("''", MysqlDefaults.columnDefault(MYSQL, "", "", "char"));
        assertEquals("'2020-01-01'", MysqlDefaults.columnDefault(MYSQL, "2020-01-01", "", "date"));
        assertEquals("0", MysqlDefaults.columnDefault(MYSQL, "0", "", "int"));
        assertEquals("12.50", MysqlDefaults.columnDefault(MYSQL, "12.50", "", "decimal"));
        assertEquals("b'101'", MysqlDefaults.columnDefault(MYSQL, "b'101'", "", "bit"));
        assertEquals("0x4142", MysqlDefaults.columnDefault(MYSQL, "0x4142", "", "varbinary"));
        assertEquals("'0x41'", MysqlDefaults.columnDefault(MYSQL, "0x41", "", "varchar"));
        assertNull(MysqlDefaults.columnDefault(MYSQL, null, "", "varchar"));
    }

    @Test
    void mysqlExpressionDefaultsAreParenthesised() {
        assertEquals("(rand())", MysqlDefaults.columnDefault(MYSQL, "rand()", "DEFAULT_GENERATED", "double"));
        assertEquals("(json_array())", MysqlDefaults.columnDefault(MYSQL, "json_array()", "DEFAULT_GENERATED", "json"));
    }

    @Test
    void onUpdateFromExtra() {
        assertEquals("CURRENT_TIMESTAMP", MysqlDefaults.onUpdate("on update current_timestamp()"));
        assertEquals("CURRENT_TIMESTAMP(3)", MysqlDefaults.onUpdate("on update current_timestamp(3)"));
        assertEquals("CURRENT_TIMESTAMP", MysqlDefaults.onUpdate("DEFAULT_GENERATED on update CURRENT_TIMESTAMP"));
        assertEquals("CURRENT_TIMESTAMP(6)",
                MysqlDefaults.onUpdate("DEFAULT_GENERATED on update CURRENT_TIMESTAMP(6) INVISIBLE"));
        assertNull(MysqlDefaults.onUpdate("auto_increment"));
        assertNull(MysqlDefaults.onUpdate(""));
        assertNull(MysqlDefaults.onUpdate(null));
    }
}
