package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Cli;
import dev.godwit.cli.support.SchemaDump;
import dev.godwit.cli.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @GeneratedValue(strategy = SEQUENCE, allocationSize = 50)} and {@code AUTO} on MariaDB:
 * Hibernate's MariaDB dialect keys both on sequences, and the revision Godwit writes creates them
 * before the tables and drops them after, so that the application finds the sequences it asks for.
 */
class JpaMariadbSequenceTest {

    private static final Path ENTITIES = Path.of("..", "godwit-jpa", "target", "test-classes").toAbsolutePath().normalize();

    @Test
    void sequencesOfTheEntitiesRoundTripOnMariadb(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.MARIADB, dir)) {
            db.writeConfig(dir, "model = \"jpa:dev.godwit.jpa.sequences\"",
                    "classpath = [\"" + ENTITIES.toString().replace("\\", "\\\\") + "\"]");
            Files.createDirectories(dir.resolve("migrations/versions"));
            ok(Cli.run(dir, "upgrade"));
            String empty = SchemaDump.of(db);

            contains(ok(Cli.run(dir, "migrate", "-m", "vouchers")).out(), "+ create sequence voucher_seq");
            List<Path> revisions = revisions(dir);
            String text = Files.readString(revisions.get(0)).toLowerCase(Locale.ROOT);
            contains(text, "create sequence voucher_seq start with 1 minvalue 1 maxvalue 9223372036854775806"
                    + " increment by 50 nocache nocycle", "create sequence `redemption_seq`", "drop sequence voucher_seq");
            assertTrue(text.indexOf("create sequence voucher_seq") < text.indexOf("create table voucher"), text);
            assertTrue(text.indexOf("drop table voucher") < text.indexOf("drop sequence voucher_seq"), text);

            ok(Cli.run(dir, "upgrade"));
            String upgraded = SchemaDump.of(db);
            contains(upgraded, "CREATE SEQUENCE `voucher_seq` start with 1 minvalue 1 maxvalue 9223372036854775806"
                    + " increment by 50 nocache nocycle ENGINE=InnoDB", "CREATE SEQUENCE `Redemption_SEQ` start with 1"
                    + " minvalue 1 maxvalue 9223372036854775806 increment by 50 nocache nocycle ENGINE=InnoDB");
            assertTrue(!upgraded.contains("CREATE TABLE `voucher_seq`"), upgraded);
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());
            assertEquals(1, revisions(dir).size());

            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(empty, SchemaDump.of(db));
        }
    }

    private static List<Path> revisions(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.sorted().toList();
        }
    }
}
