package dev.godwit.dist;

import static dev.godwit.dist.Dist.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code model = "jpa:..."} from the distribution: the JPA help-desk example's entities (compiled by
 * the build) are read through lib/jpa, beside lib/godwit.jar, with no Godwit build around it.
 */
class JpaModelIT {

    private static final Path EXAMPLE = Dist.ROOT.resolve("examples/helpdesk-jpa");

    private static Path project(Path dir) throws Exception {
        Path classes = EXAMPLE.resolve("target/classes");
        assertTrue(Files.isDirectory(classes.resolve("dev/godwit/examples/helpdesk")), "build examples/helpdesk-jpa first");
        Path project = dir.resolve("helpdesk-jpa");
        Path versions = Files.createDirectories(project.resolve("migrations/versions"));
        try (Stream<Path> files = Files.list(EXAMPLE.resolve("migrations/versions"))) {
            for (Path f : files.toList()) {
                Files.copy(f, versions.resolve(f.getFileName()));
            }
        }
        String config = Files.readString(EXAMPLE.resolve("godwit.toml"))
                .replace("classpath = [\"target/classes\"]", "classpath = [\"" + classes + "\"]");
        assertTrue(config.contains(classes.toString()), config);
        Files.writeString(project.resolve("godwit.toml"), config);
        return project;
    }

    @Test
    void aJpaModelIsReadThroughLibJpa(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        Path project = project(dir);
        Dist.Run upgrade = Dist.godwit(home, project, "upgrade");
        assertEquals(0, upgrade.exit(), upgrade.toString());
        contains(upgrade.out(), "Upgraded ");
        Dist.Run check = Dist.godwit(home, project, "check");
        assertEquals(0, check.exit(), check.toString());
        contains(check.out(), "matches the desired schema");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("helpdesk.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'tickets'")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "the entities' tickets table");
        }

        // Without lib/jpa the same project is refused, with what to do: lib/jpa is what was used.
        Files.move(home.resolve("lib/jpa"), dir.resolve("jpa-away"));
        Dist.Run without = Dist.godwit(home, project, "check");
        assertNotEquals(0, without.exit(), without.toString());
        contains(without.out() + without.err(), "The JPA model support (godwit-jpa with Hibernate) is not installed",
                "GODWIT_JPA_LIB");
    }
}
