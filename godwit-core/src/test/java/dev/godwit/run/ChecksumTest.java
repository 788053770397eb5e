package dev.godwit.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.godwit.dialect.DialectKind;
import dev.godwit.script.RevisionFileParser;
import dev.godwit.script.SplitterOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    private static final SplitterOptions PG = SplitterOptions.forDialect(DialectKind.POSTGRESQL);

    private static final String FILE = "-- revision: abc\n-- revises:\n-- message: m\n\n-- +upgrade\n"
            + "CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20) DEFAULT 'a  b');\n"
            + "CREATE INDEX ix_t ON t (name);\n\n-- +downgrade\nDROP TABLE t;\n";

    private static String sum(String name, String content) {
        return Checksum.of(RevisionFileParser.parse(Path.of(name), content), PG);
    }

    /**
     * The stored value for {@value Checksum#ALGORITHM}. If this test fails, the normalisation or the
     * hashing changed: databases checked with the old algorithm would report every revision as edited.
     * Keep the old behaviour, or introduce a new algorithm version and keep verifying the old one.
     */
    @Test
    void theAlgorithmIsStable() {
        assertEquals("sha256-v1", Checksum.ALGORITHM);
        assertEquals(GOLDEN, sum("a.sql", FILE));
    }

    private static final String GOLDEN = "81369ccd15ee29bc57c74ec02413c7912bb2cffa2f1dec50ed423b593537c45c";

    @Test
    void formattingCommentsNamesAndLineEndingsDoNotCount() {
        String base = sum("a.sql", FILE);
        assertEquals(base, sum("renamed/elsewhere.sql", FILE));
        assertEquals(base, sum("a.sql", FILE.replace("\n", "\r\n")));
        assertEquals(base, sum("a.sql", FILE.replace("CREATE TABLE t (id", "-- why\nCREATE TABLE t (\n    id")
                .replace("-- message: m", "-- message: another message")));
        assertEquals(base, sum("a.sql", FILE.replace("(name);", "( name ) ;")));
    }

    @Test
    void anyTokenOrStringLiteralCounts() {
        String base = sum("a.sql", FILE);
        assertNotEquals(base, sum("a.sql", FILE.replace("VARCHAR(20)", "VARCHAR(30)")));
        assertNotEquals(base, sum("a.sql", FILE.replace("'a  b'", "'a b'")));
        assertNotEquals(base, sum("a.sql", FILE.replace("DROP TABLE t;", "DROP TABLE t CASCADE;")));
        // Moving a statement from one section to the other is a change too.
        assertNotEquals(base, sum("a.sql", FILE.replace("CREATE INDEX ix_t ON t (name);\n\n-- +downgrade\n",
                "\n-- +downgrade\nCREATE INDEX ix_t ON t (name);\n")));
    }
}
