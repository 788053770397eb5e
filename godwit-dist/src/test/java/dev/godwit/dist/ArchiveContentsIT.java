package dev.godwit.dist;

import static dev.godwit.dist.Dist.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the archives hold: the same entries in the tar.gz and the zip, the launchers, the jars, the licences. */
class ArchiveContentsIT {

    private static Set<String> tarEntries() throws Exception {
        Dist.Run list = Dist.run(List.of("tar", "-tzf", Dist.TAR.toString()), Path.of("."), env -> { });
        assertEquals(0, list.exit(), list.toString());
        Set<String> names = new TreeSet<>();
        for (String line : list.out().split("\n")) {
            if (!line.isBlank() && !line.endsWith("/")) {
                names.add(line.strip());
            }
        }
        return names;
    }

    @Test
    void theZipHoldsTheSameFilesAsTheTarGz() throws Exception {
        Set<String> zip = new TreeSet<>();
        try (ZipFile z = new ZipFile(Dist.ZIP.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                if (!e.isDirectory()) {
                    zip.add(e.getName());
                }
            }
        }
        Set<String> tar = tarEntries();
        assertEquals(tar, zip);
        String top = "godwit-" + Dist.VERSION + "/";
        for (String name : List.of("bin/godwit", "bin/godwit.cmd", "lib/godwit.jar", "LICENSE", "README.md",
                "licenses/THIRD-PARTY.txt", "licenses/README.md", "lib/jpa/godwit-jpa-" + Dist.VERSION + ".jar")) {
            assertTrue(tar.contains(top + name), top + name + " missing from " + tar);
        }
        assertTrue(tar.stream().anyMatch(n -> n.startsWith(top + "lib/jpa/hibernate-core-")), tar.toString());
        assertTrue(tar.stream().allMatch(n -> n.startsWith(top)), "everything under " + top);
    }

    /** lib/jpa is godwit-jpa's lib folder of the build (godwit-jpa and its runtime dependencies, godwit-core left out). */
    @Test
    void libJpaHoldsGodwitJpaAndItsDependencies(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        Set<String> dist = names(home.resolve("lib/jpa"));
        Set<String> build = new TreeSet<>(names(Dist.ROOT.resolve("godwit-jpa/target/lib")));
        build.remove("godwit-jpa.jar");
        dist.remove("godwit-jpa-" + Dist.VERSION + ".jar");
        assertTrue(build.containsAll(dist) && dist.containsAll(build), "dist " + dist + " vs build " + build);
        assertFalse(dist.stream().anyMatch(n -> n.startsWith("godwit-core")), dist.toString());
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).toList());
        }
    }

    @Test
    void theJarIsTheClisShadedJarAndKnowsItsVersion(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        assertEquals(Files.size(Dist.ROOT.resolve("godwit-cli/target/godwit.jar")), Files.size(home.resolve("lib/godwit.jar")));
        try (JarFile jar = new JarFile(home.resolve("lib/godwit.jar").toFile())) {
            assertEquals("dev.godwit.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(jar.getEntry("dev/godwit/cli/Training.class") != null, "Training is in the jar");
        }
        Dist.Run version = Dist.godwit(home, dir, "--version");
        assertEquals(0, version.exit(), version.toString());
        assertEquals("godwit " + Dist.VERSION, version.out().strip());
        Dist.Run help = Dist.godwit(home, dir, "--help");
        assertEquals(0, help.exit(), help.toString());
        contains(help.out(), "Usage: godwit", "upgrade", "revision", "current");
        assertEquals("", help.err());
        String launcher = Files.readString(home.resolve("bin/godwit"));
        assertFalse(launcher.contains("@project.version@") || launcher.contains("\r"), "filtered, unix line ends");
        contains(launcher, "godwit-" + Dist.VERSION + "-");
    }

    /** LICENSE is Apache-2.0; every bundled library is listed with its licence, and the licence texts are there. */
    @Test
    void theLicencesAreThere(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        String license = Files.readString(home.resolve("LICENSE"));
        contains(license, "Apache License", "Version 2.0, January 2004", "TERMS AND CONDITIONS FOR USE");
        assertEquals(Files.readString(Dist.ROOT.resolve("LICENSE")), license);
        String thirdParty = Files.readString(home.resolve("licenses/THIRD-PARTY.txt"));
        List<String> missing = new ArrayList<>();
        for (String library : List.of("org.postgresql:postgresql:", "org.mariadb.jdbc:mariadb-java-client:",
                "org.xerial:sqlite-jdbc:", "info.picocli:picocli:", "com.electronwill.night-config:toml:",
                "org.hibernate.orm:hibernate-core:", "jakarta.persistence:jakarta.persistence-api:")) {
            if (!thirdParty.contains(library)) {
                missing.add(library);
            }
        }
        try (Stream<Path> jars = Files.list(home.resolve("lib/jpa"))) {
            for (Path jar : jars.toList()) {
                String name = jar.getFileName().toString();
                String artifact = name.substring(0, name.lastIndexOf('-'));
                if (!name.startsWith("godwit-") && !thirdParty.contains(":" + artifact + ":")) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, "not in THIRD-PARTY.txt:\n" + thirdParty);
        assertFalse(thirdParty.contains("dev.godwit:"), "Godwit's own modules are not third-party");
        contains(Files.readString(home.resolve("licenses/common/LGPL-2.1.txt")), "GNU LESSER GENERAL PUBLIC LICENSE",
                "Version 2.1");
        contains(Files.readString(home.resolve("licenses/common/LGPL-3.0.txt")), "Version 3, 29 June 2007");
        contains(Files.readString(home.resolve("licenses/common/GPL-3.0.txt")), "GNU GENERAL PUBLIC LICENSE");
        contains(Files.readString(home.resolve("licenses/texts/postgresql/META-INF/LICENSE")), "PostgreSQL");
        contains(Files.readString(home.resolve("licenses/texts/jakarta.persistence-api/META-INF/LICENSE.md")),
                "Eclipse Public License");
        contains(Files.readString(home.resolve("licenses/README.md")), "mariadb-java-client", "NightConfig");
    }
}
