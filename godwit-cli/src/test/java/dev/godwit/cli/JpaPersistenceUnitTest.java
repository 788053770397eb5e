package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static dev.godwit.cli.support.Checks.failed;
import static dev.godwit.cli.support.Checks.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code model = "jpa:unit:NAME"}: a persistence unit of META-INF/persistence.xml on the
 * configured classpath, read as Hibernate reads it: its class list, class scanning and properties.
 */
class JpaPersistenceUnitTest {

    private static final Path ENTITIES = Path.of("..", "godwit-jpa", "target", "test-classes").toAbsolutePath().normalize();

    private static final String UNITS = """
            <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.1">
              <persistence-unit name="other">
                <class>dev.godwit.jpa.unit.Unlisted</class>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
              </persistence-unit>
              <persistence-unit name="parcels">
                <class>dev.godwit.jpa.unit.Parcel</class>
                <class>dev.godwit.jpa.unit.Depot</class>
                <exclude-unlisted-classes>true</exclude-unlisted-classes>
                <properties>
                  <property name="hibernate.physical_naming_strategy"
                            value="org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"/>
                  <property name="hibernate.id.db_structure_naming_strategy" value="single"/>
                  <property name="jakarta.persistence.jdbc.url" value="jdbc:postgresql://127.0.0.1:1/nowhere"/>
                </properties>
              </persistence-unit>
            </persistence>
            """;

    private static String path(Path p) {
        return "\"" + p.toString().replace("\\", "\\\\") + "\"";
    }

    private static void config(TestDatabase db, Path dir, String unit, String xml, Path... classpath) throws Exception {
        Path units = dir.resolve("units");
        Files.createDirectories(units.resolve("META-INF"));
        Files.writeString(units.resolve("META-INF/persistence.xml"), xml);
        StringBuilder cp = new StringBuilder(path(units));
        for (Path p : classpath) {
            cp.append(", ").append(path(p));
        }
        db.writeConfig(dir, "model = \"jpa:unit:" + unit + "\"", "classpath = [" + cp + "]");
        Files.createDirectories(dir.resolve("migrations/versions"));
    }

    private static List<Path> revisions(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            return files.sorted().toList();
        }
    }

    /** The listed classes only, with the naming and id settings of the unit's properties; no connection to its URL. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.Kind.class)
    void aListedUnitRoundTrips(TestDatabase.Kind kind, @TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            config(db, dir, "parcels", UNITS, ENTITIES);
            ok(Cli.run(dir, "upgrade"));
            String empty = SchemaDump.of(db);

            ok(Cli.run(dir, "migrate", "-m", "parcels"));
            String text = Files.readString(revisions(dir).get(0)).toLowerCase(Locale.ROOT);
            contains(text, "parcel", "depot", "tracking_code", "created_at", "depot_name", "ix_parcel_tracking");
            // hibernate.id.db_structure_naming_strategy=single: one hibernate_sequence for every entity, on MariaDB too.
            contains(text, "hibernate_sequence");
            assertFalse(text.contains("unlisted"), text);
            assertFalse(text.contains("trackingcode"), text);

            ok(Cli.run(dir, "upgrade"));
            contains(ok(Cli.run(dir, "check")).out(), "matches the desired schema");
            assertEquals("No changes detected\n", ok(Cli.run(dir, "migrate", "-m", "nothing")).out());
            ok(Cli.run(dir, "downgrade", "base"));
            assertEquals(empty, SchemaDump.of(db));
        }
    }

    /** exclude-unlisted-classes false: Hibernate scans the unit's root for its entities. */
    @Test
    void anUnlistingUnitScansItsRoot(@TempDir Path dir) throws Exception {
        Path classes = dir.resolve("units/dev/godwit/jpa/unit");
        Files.createDirectories(classes);
        try (Stream<Path> files = Files.list(ENTITIES.resolve("dev/godwit/jpa/unit"))) {
            for (Path f : files.toList()) {
                Files.copy(f, classes.resolve(f.getFileName()));
            }
        }
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            config(db, dir, "scanned", """
                    <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.1">
                      <persistence-unit name="scanned">
                        <exclude-unlisted-classes>false</exclude-unlisted-classes>
                      </persistence-unit>
                    </persistence>
                    """);
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "migrate", "-m", "everything"));
            String text = Files.readString(revisions(dir).get(0)).toLowerCase(Locale.ROOT);
            contains(text, "parcel", "depot", "unlisted", "trackingcode");
        }
    }

    @Test
    void aMissingUnitNamesTheFileAndTheUnitsFound(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            config(db, dir, "helpdesk", UNITS, ENTITIES);
            Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "nothing"));
            contains(r.err(), "helpdesk", dir.resolve("units/META-INF/persistence.xml").toUri().getPath(), "other",
                    "parcels");
            assertEquals(List.of(), revisions(dir));
        }
    }

    @Test
    void noPersistenceXmlOnTheClasspathIsNamed(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            db.writeConfig(dir, "model = \"jpa:unit:helpdesk\"", "classpath = [" + path(ENTITIES) + "]");
            Files.createDirectories(dir.resolve("migrations/versions"));
            Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "nothing"));
            contains(r.err(), "helpdesk", "META-INF/persistence.xml", ENTITIES.toString());
        }
    }

    @Test
    void aUnitNamedAsAPackageIsPointedToItsUnitForm(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            config(db, dir, "parcels", UNITS, ENTITIES);
            db.writeConfig(dir, "model = \"jpa:parcels\"", "classpath = [" + path(dir.resolve("units")) + ", "
                    + path(ENTITIES) + "]");
            Cli.Result r = failed(Cli.run(dir, "migrate", "-m", "nothing"));
            contains(r.err(), "parcels is a persistence unit", "jpa:unit:parcels");
        }
    }

    /** A unit whose entities are in another jar, named by {@code <jar-file>}: Hibernate scans that jar. */
    @Test
    void aUnitScansItsJarFiles(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("parcels.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(ENTITIES.resolve("dev/godwit/jpa/unit"))) {
            for (Path f : files.toList()) {
                out.putNextEntry(new java.util.jar.JarEntry("dev/godwit/jpa/unit/" + f.getFileName()));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            config(db, dir, "jarred", """
                    <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.1">
                      <persistence-unit name="jarred">
                        <jar-file>%s</jar-file>
                        <exclude-unlisted-classes>false</exclude-unlisted-classes>
                      </persistence-unit>
                    </persistence>
                    """.formatted(jar.toUri()), jar);
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "migrate", "-m", "everything"));
            String text = Files.readString(revisions(dir).get(0)).toLowerCase(Locale.ROOT);
            contains(text, "parcel", "depot", "unlisted");
        }
    }

    /** A unit's {@code <mapping-file>} (orm.xml) overrides the annotations, as in the application. */
    @Test
    void aUnitsMappingFileApplies(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            config(db, dir, "mapped", """
                    <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.1">
                      <persistence-unit name="mapped">
                        <mapping-file>META-INF/depots-orm.xml</mapping-file>
                        <class>dev.godwit.jpa.unit.Parcel</class>
                        <class>dev.godwit.jpa.unit.Depot</class>
                        <exclude-unlisted-classes>true</exclude-unlisted-classes>
                      </persistence-unit>
                    </persistence>
                    """, ENTITIES);
            Files.writeString(dir.resolve("units/META-INF/depots-orm.xml"), """
                    <entity-mappings xmlns="https://jakarta.ee/xml/ns/persistence/orm" version="3.1">
                      <entity class="dev.godwit.jpa.unit.Depot">
                        <table name="depots_from_xml"/>
                      </entity>
                    </entity-mappings>
                    """);
            ok(Cli.run(dir, "upgrade"));
            ok(Cli.run(dir, "migrate", "-m", "mapped"));
            String text = Files.readString(revisions(dir).get(0)).toLowerCase(Locale.ROOT);
            contains(text, "create table depots_from_xml", "parcel");
        }
    }
}
