package dev.godwit.cli;

import static dev.godwit.cli.support.Checks.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.cli.support.Processes;
import dev.godwit.cli.support.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI as a separate process, from a build layout ({@code godwit-cli/target/godwit.jar} beside
 * {@code godwit-jpa/target/lib}) and without Hibernate or godwit-jpa on its class path: a
 * {@code jpa:} model is read through the lib folder, and without that folder the message says how
 * to build it.
 */
class JpaLibProcessTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LIB = ROOT.resolve("godwit-jpa/target/lib");
    private static final Path ENTITIES = ROOT.resolve("godwit-jpa/target/test-classes");

    /** What the CLI needs but not the JPA support: the test class path less godwit's and Hibernate's own. */
    private static List<String> dependencies() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (!(e.contains("godwit-jpa") || e.contains("hibernate") || e.contains("jakarta.persistence")
                    || e.contains("godwit-core") || e.contains("godwit-cli") || e.contains("helpdesk-jpa")
                    || e.contains("jandex") || e.contains("byte-buddy"))) {
                out.add(entry);
            }
        }
        return out;
    }

    /** godwit.jar of a build at {@code root}: the core's and the CLI's classes, as the reactor compiled them. */
    private static Path godwitJar(Path root) throws IOException {
        Path jar = root.resolve("godwit-cli/target/godwit.jar");
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                String e = entry.replace('\\', '/');
                if (e.contains("godwit-core/target/") || e.endsWith("godwit-cli/target/classes")) {
                    add(out, Path.of(entry));
                }
            }
        }
        return jar;
    }

    private static void add(JarOutputStream out, Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> walk = Files.walk(entry)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String name = entry.relativize(p).toString().replace('\\', '/');
                    if (!name.startsWith("META-INF/MANIFEST")) {
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(p, out);
                        out.closeEntry();
                    }
                }
            }
            return;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(entry.toFile())) {
            for (JarEntry e : java.util.Collections.list(jar.entries())) {
                if (!e.isDirectory() && !e.getName().startsWith("META-INF/MANIFEST")) {
                    out.putNextEntry(new JarEntry(e.getName()));
                    jar.getInputStream(e).transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }

    private static Processes.Run godwit(Path jar, Path project, String... args) throws Exception {
        return godwit(List.of(), jar, project, args);
    }

    private static Processes.Run godwit(List<String> jvm, Path jar, Path project, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", jar + File.pathSeparator + String.join(File.pathSeparator, dependencies()),
                "dev.godwit.cli.Main", "-C", project.toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("godwit-jpa-lib", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.environment().remove("GODWIT_JPA_LIB");
            pb.environment().remove("DATABASE_URL");
            int exit = Processes.await(pb.start(), 120, String.join(" ", command), output);
            return new Processes.Run(exit, Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path project(TestDatabase db, Path dir) throws Exception {
        return project(db, dir, "\"" + ENTITIES.toString().replace("\\", "\\\\") + "\"");
    }

    private static Path project(TestDatabase db, Path dir, String classpath) throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("migrations/versions"));
        db.writeConfig(project, "model = \"jpa:dev.godwit.jpa.unit\"", "classpath = [" + classpath + "]");
        return project;
    }

    /** Hibernate's classes came from the lib folder of the build layout at {@code build}. */
    private static void assertLoadedFromLib(Path log, Path build) throws IOException {
        String loaded = Files.readAllLines(log).stream().filter(l -> l.contains("org.hibernate.boot.MetadataSources "))
                .findFirst().orElseThrow(() -> new AssertionError("MetadataSources was not loaded"));
        String core;
        try (Stream<Path> jars = Files.list(LIB)) {
            core = jars.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("hibernate-core-")).findFirst()
                    .orElseThrow();
        }
        assertTrue(loaded.contains(build.resolve("godwit-jpa/target/lib").resolve(core).toString()), loaded);
    }

    /** The build's lib folder, linked into a build layout at {@code build}. */
    private static void linkLib(Path build) throws IOException {
        assertTrue(Files.isDirectory(LIB), "no " + LIB + ": build it with mvn -B -pl godwit-jpa -am -DskipTests package");
        Path lib = build.resolve("godwit-jpa/target/lib");
        Files.createDirectories(lib);
        try (Stream<Path> jars = Files.list(LIB)) {
            for (Path j : jars.toList()) {
                Files.createSymbolicLink(lib.resolve(j.getFileName()), j);
            }
        }
    }

    /**
     * A project whose classpath carries another Hibernate (Spring Boot 4.0's 7.2.19, as
     * {@code target/dependency/*.jar} would): Godwit's own lib comes first on the model's class
     * loader, so its Hibernate maps the entities.
     */
    @Test
    void godwitsOwnHibernateWinsOverTheProjects(@TempDir Path dir) throws Exception {
        Path build = dir.resolve("build");
        Path jar = godwitJar(build);
        linkLib(build);
        Path boot = JpaSpringBootHibernateTest.BOOT40;
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            Path project = project(db, dir, "\"" + boot.resolve("classes") + "\", \"" + boot.resolve("hibernate/*.jar") + "\"");
            Path log = dir.resolve("classes.log");
            Processes.Run migrate = godwit(List.of("-Xlog:class+load=info:file=" + log), jar, project,
                    "migrate", "-m", "parcels");
            assertEquals(0, migrate.exit(), migrate.toString());
            contains(migrate.output(), "create table Parcel");
            assertLoadedFromLib(log, build);
        }
    }

    @Test
    void aJpaModelIsReadThroughTheLibFolderBesideTheBuild(@TempDir Path dir) throws Exception {
        assertFalse(dependencies().stream().anyMatch(e -> e.contains("hibernate")), dependencies().toString());
        Path build = dir.resolve("build");
        Path jar = godwitJar(build);
        linkLib(build);
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            Path project = project(db, dir);
            Path log = dir.resolve("classes.log");
            Processes.Run migrate = godwit(List.of("-Xlog:class+load=info:file=" + log), jar, project,
                    "migrate", "-m", "parcels");
            assertEquals(0, migrate.exit(), migrate.toString());
            contains(migrate.output(), "create table Parcel", "Generated ");
            assertLoadedFromLib(log, build);
            Processes.Run upgrade = godwit(jar, project, "upgrade");
            assertEquals(0, upgrade.exit(), upgrade.toString());
            Processes.Run check = godwit(jar, project, "check");
            assertEquals(0, check.exit(), check.toString());
            contains(check.output(), "matches the desired schema");
        }
    }

    @Test
    void withoutTheLibFolderTheMessageSaysHowToBuildIt(@TempDir Path dir) throws Exception {
        Path jar = godwitJar(dir.resolve("build"));
        try (TestDatabase db = TestDatabase.create(TestDatabase.Kind.SQLITE, dir)) {
            Path project = project(db, dir);
            Processes.Run r = godwit(jar, project, "migrate", "-m", "parcels");
            assertEquals(false, r.exit() == 0, r.toString());
            contains(r.output(), "JPA model support", "mvn -B -pl godwit-jpa -am -DskipTests package", "GODWIT_JPA_LIB");
        }
        try (Stream<Path> files = Files.list(dir.resolve("project/migrations/versions"))) {
            assertEquals(0, files.count());
        }
    }
}
