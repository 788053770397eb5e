package dev.godwit.internal.run;

import dev.godwit.internal.db.mysql.MysqlDialect;
import dev.godwit.internal.db.postgres.PostgresDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.RevisionFileParser;
import dev.godwit.internal.script.SplitterOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    private static final SplitterOptions PG = PostgresDialect.SPLITTER_OPTIONS;
    private static final SplitterOptions MYSQL = MysqlDialect.SPLITTER_OPTIONS;

    private static final String FILE = "-- revision: abc\n-- revises:\n-- message: m\n\n-- +upgrade\n"
            + "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20) DEFAULT 'a  b');\n"
            + "CREATE INDEX ix_t ON t (name);\n\n-- +downgrade\nDROP TABLE t;\n";

    private static RevisionFile parse(String name, String content) {
        return RevisionFileParser.parse(Path.of(name), content);
    }

    private static String sum(String name, String content) {
        return Checksum.of(parse(name, content), PG);
    }

    private static String mysqlSum(String content) {
        return Checksum.of(parse("m.sql", content), MYSQL);
    }

    /**
     * The stored values. If this test fails, the token stream or the hashing changed: databases
     * checked with the old algorithm would report every revision as edited. Keep the old behaviour,
     * or introduce a new algorithm version and keep verifying the old one.
     */
    @Test
    void theAlgorithmsAreStable() {
        assertEquals("crc32c-crc32-v2", Checksum.ALGORITHM);
        assertEquals(GOLDEN_V2, sum("a.sql", FILE));
        SplitRevision split = SplitRevision.of(parse("a.sql", FILE), new Reading("postgresql", PG));
        assertEquals(GOLDEN_V2, split.checksum(Checksum.ALGORITHM));
        assertEquals(GOLDEN_V1, split.checksum("sha256-v1"), "checksums recorded with v1 are still verified with v1");
        assertTrue(Checksum.canVerify("sha256-v1"));
        assertTrue(Checksum.canVerify(Checksum.ALGORITHM));
        assertFalse(Checksum.canVerify("md5-v0"));
    }

    private static final String GOLDEN_V2 = "4f993f1c7edde8dc";

    /**
     * Sections per dialect: the golden values above were recorded before they existed. A file with
     * shared sections only sums as before on every database, and adding another database's section
     * to an applied file does not change its checksum where it was applied.
     */
    @Test
    void sectionsOfOtherDialectsDoNotCount() {
        Reading postgres = new Reading("postgresql", PG);
        assertEquals(GOLDEN_V2, Checksum.of(parse("a.sql", FILE), postgres));
        assertEquals(GOLDEN_V1, SplitRevision.of(parse("a.sql", FILE), postgres).checksum("sha256-v1"));
        String withMysql = FILE + "\n-- +upgrade mysql\nCREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY);\n"
                + "-- +downgrade mariadb\nDROP TABLE t;\n";
        assertEquals(GOLDEN_V2, Checksum.of(parse("a.sql", withMysql), postgres));
        assertEquals(GOLDEN_V1, SplitRevision.of(parse("a.sql", withMysql), postgres).checksum("sha256-v1"));
        String onMysql = Checksum.of(parse("a.sql", withMysql), new Reading("mysql", MYSQL));
        assertNotEquals(Checksum.of(parse("a.sql", FILE), new Reading("mysql", MYSQL)), onMysql);
        String ownPostgres = FILE.replace("-- +upgrade\n", "-- +upgrade postgresql\n")
                .replace("-- +downgrade\n", "-- +downgrade postgresql\n");
        assertEquals(GOLDEN_V2, Checksum.of(parse("a.sql", ownPostgres), postgres),
                "moving the shared sections under the dialect's own markers keeps the sum");
    }
    private static final String GOLDEN_V1 = "81369ccd15ee29bc57c74ec02413c7912bb2cffa2f1dec50ed423b593537c45c";

    @Test
    void formattingCommentsNamesAndLineEndingsDoNotCount() {
        String base = sum("a.sql", FILE);
        assertEquals(16, base.length());
        assertEquals(base, sum("renamed/elsewhere.sql", FILE));
        assertEquals(base, sum("a.sql", FILE.replace("\n", "\r\n")));
        assertEquals(base, sum("a.sql", FILE.replace("\n", "\r")));
        assertEquals(base, sum("a.sql", FILE.replace("CREATE TABLE t (id", "-- why\nCREATE TABLE t (\n    id")
                .replace("-- message: m", "-- message: another message")));
        assertEquals(base, sum("a.sql", FILE.replace("(name);", "( name ) /* why */ ;")));
    }

    @Test
    void lineBreaksInsideQuotedTextCountAsLf() {
        String multiLine = FILE.replace("'a  b'", "'a\nb'");
        String base = sum("a.sql", multiLine);
        assertEquals(base, sum("a.sql", multiLine.replace("\n", "\r\n")));
        assertNotEquals(base, sum("a.sql", FILE.replace("'a  b'", "'a\n\nb'")));
    }

    @Test
    void anyTokenOrStringLiteralCounts() {
        String base = sum("a.sql", FILE);
        assertNotEquals(base, sum("a.sql", FILE.replace("VARCHAR(20)", "VARCHAR(30)")));
        assertNotEquals(base, sum("a.sql", FILE.replace("'a  b'", "'a b'")));
        assertNotEquals(base, sum("a.sql", FILE.replace("DROP TABLE t;", "DROP TABLE t CASCADE;")));
        assertNotEquals(base, sum("a.sql", FILE.replace("ix_t ON", "ix_tON")), "two tokens are not one");
        // Moving a statement from one section to the other is a change too, and so is merging two.
        assertNotEquals(base, sum("a.sql", FILE.replace("CREATE INDEX ix_t ON t (name);\n\n-- +downgrade\n",
                "\n-- +downgrade\nCREATE INDEX ix_t ON t (name);\n")));
        assertNotEquals(sum("a.sql", FILE.replace("DROP TABLE t;", "DROP TABLE t; DROP TABLE u;")),
                sum("a.sql", FILE.replace("DROP TABLE t;", "DROP TABLE t DROP TABLE u;")));
    }

    @Test
    void mysqlDelimiterLinesAreClientSyntaxButRoutineBodiesCount() {
        String body = "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END";
        String withDollars = "-- revision: abc\n-- +upgrade\nDELIMITER $$\n" + body + "$$\nDELIMITER ;\n";
        String withSlashes = "-- revision: abc\n-- +upgrade\nDELIMITER //\n" + body + "//\nDELIMITER ;\n";
        assertEquals(mysqlSum(withDollars), mysqlSum(withSlashes));
        assertNotEquals(mysqlSum(withDollars), mysqlSum(withDollars.replace("SELECT 1; SELECT 2;", "SELECT 1 SELECT 2;")),
                "a ; inside a routine's body is part of it");
    }
}
