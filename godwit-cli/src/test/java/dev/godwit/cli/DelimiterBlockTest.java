package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.Rev;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A MySQL DELIMITER block with several statements runs as the mariadb client runs it. */
class DelimiterBlockTest {

    private static final String BLOCK = String.join("\n",
            "CREATE TABLE t (a INT, b INT);",
            "DELIMITER $$",
            "DROP PROCEDURE IF EXISTS p;",
            "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$",
            "DROP TRIGGER IF EXISTS t_bi; CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW",
            "BEGIN",
            "  IF NEW.a > 0 THEN SET NEW.b = NEW.a * 2; END IF;",
            "END$$",
            "DELIMITER ;",
            "");

    @Test
    void upgradeRunsEveryStatementOfTheBlockOnMariadb(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            db.writeConfig(dir);
            Rev.of("aa1111").message("procedure and trigger").upRaw(BLOCK)
                    .downRaw("DROP PROCEDURE p;\nDROP TABLE t;\n").write(dir);
            ok(Cli.run(dir, "upgrade"));
            assertEquals(List.of("p"), db.column("SELECT ROUTINE_NAME FROM information_schema.ROUTINES "
                    + "WHERE ROUTINE_SCHEMA = DATABASE()"));
            db.execute("INSERT INTO t (a) VALUES (21)");
            assertEquals(List.of("42"), db.column("SELECT b FROM t"));
            ok(Cli.run(dir, "downgrade", "base"));
            ok(Cli.run(dir, "upgrade"));

            // The same block in a model runs on the scratch database.
            Files.createDirectories(dir.resolve("schema"));
            Files.writeString(dir.resolve("schema/01.sql"), BLOCK);
            Files.writeString(dir.resolve("godwit.toml"), "model = \"schema\"\n",
                    java.nio.file.StandardOpenOption.APPEND);
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
        }
    }
}
