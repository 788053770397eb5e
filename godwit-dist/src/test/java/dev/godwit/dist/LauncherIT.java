package dev.godwit.dist;

import static dev.godwit.dist.Dist.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/godwit itself: the class-data-sharing archive (made once, reused, safe under parallel first
 * runs, in the cache folder when lib/ is read-only), symbolic links, GODWIT_JAVA_OPTS, and what it
 * says when Java is missing or too old.
 */
class LauncherIT {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /** The archive is usable by the JVM with the launcher's flags: -Xshare:on fails otherwise. */
    private static void assertUsable(Path home, Path archive) throws Exception {
        Dist.Run r = Dist.run(List.of(JAVA, "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-Xss2m", "-Xshare:on", "-XX:SharedArchiveFile=" + archive,
                "-Xlog:class+load=info", "-jar", home.resolve("lib/godwit.jar").toString(), "--version"),
                home, env -> { });
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("dev.godwit.cli.Main source: shared objects file (top)"),
                "godwit's classes come from the archive:\n" + r.out().lines().filter(l -> l.contains("dev.godwit")).toList());
    }

    @Test
    void theFirstRunRecordsTheArchiveAndLaterRunsReuseIt(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        Path lib = home.resolve("lib");
        assertEquals(List.of(), Dist.archives(lib));
        Dist.Run first = Dist.godwit(home, dir, "--version");
        assertEquals(0, first.exit(), first.toString());
        assertEquals("", first.err());
        List<Path> archives = Dist.archives(lib);
        assertEquals(1, archives.size(), archives.toString());
        Path archive = archives.get(0);
        assertTrue(archive.getFileName().toString().startsWith("godwit-" + Dist.VERSION + "-"), archive.toString());
        FileTime made = Files.getLastModifiedTime(archive);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(made.toMillis() - 60_000));
        FileTime before = Files.getLastModifiedTime(archive);
        Dist.Run second = Dist.godwit(home, dir, "-C", dir.toString(), "init", "project");
        assertEquals(0, second.exit(), second.toString());
        assertEquals(List.of(archive), Dist.archives(lib));
        assertEquals(before, Files.getLastModifiedTime(archive), "the archive was not made again");
        assertEquals(List.of(), Dist.leftovers(home));
        assertUsable(home, archive);
    }

    @Test
    void severalFirstRunsAtOnceLeaveOneWholeArchive(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Dist.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> Dist.godwit(home, dir, "--version")));
            }
            for (Future<Dist.Run> run : runs) {
                Dist.Run r = run.get();
                assertEquals(0, r.exit(), r.toString());
                assertEquals("godwit " + Dist.VERSION, r.out().strip());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Path> archives = Dist.archives(home.resolve("lib"));
        assertEquals(1, archives.size(), archives.toString());
        assertEquals(List.of(), Dist.leftovers(home), "no temporary file left behind");
        assertUsable(home, archives.get(0));
    }

    /** A read-only install (root-owned, run by another user) records into $XDG_CACHE_HOME/godwit instead. */
    @Test
    void aReadOnlyInstallUsesTheCacheFolder(@TempDir Path dir) throws Exception {
        Dist.openUp(dir);
        Path home = Dist.unpack(dir);
        if (!Dist.root()) {
            Files.setPosixFilePermissions(home.resolve("lib"), PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Dist.openUp(cache);
        List<String> command = Dist.asNobody(List.of(home.resolve("bin/godwit").toString(), "--version"));
        Dist.Run first = Dist.run(command, dir, env -> env.put("XDG_CACHE_HOME", cache.toString()));
        assertEquals(0, first.exit(), first.toString());
        assertEquals("godwit " + Dist.VERSION, first.out().strip());
        assertEquals(List.of(), Dist.archives(home.resolve("lib")));
        List<Path> archives = Dist.archives(cache.resolve("godwit"));
        assertEquals(1, archives.size(), archives.toString());
        FileTime before = Files.getLastModifiedTime(archives.get(0));
        Dist.Run second = Dist.run(command, dir, env -> env.put("XDG_CACHE_HOME", cache.toString()));
        assertEquals(0, second.exit(), second.toString());
        assertEquals(before, Files.getLastModifiedTime(archives.get(0)));
        assertUsable(home, archives.get(0));
        // Without XDG_CACHE_HOME: $HOME/.cache/godwit.
        Path userHome = dir.resolve("home");
        Files.createDirectories(userHome);
        Dist.openUp(userHome);
        Dist.Run plain = Dist.run(command, dir, env -> {
            env.remove("XDG_CACHE_HOME");
            env.put("HOME", userHome.toString());
        });
        assertEquals(0, plain.exit(), plain.toString());
        assertEquals(1, Dist.archives(userHome.resolve(".cache/godwit")).size());
    }

    /** Called through a chain of links (a link in /usr/local/bin to another link), it still finds lib/. */
    @Test
    void aSymbolicLinkToTheLauncherWorks(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        Path current = Files.createSymbolicLink(dir.resolve("current"), Path.of("godwit-" + Dist.VERSION));
        Path bin = Files.createDirectories(dir.resolve("usr/local/bin"));
        Path link = Files.createSymbolicLink(bin.resolve("godwit"), Path.of("../../../current/bin/godwit"));
        Dist.Run r = Dist.godwit(link, dir, env -> { }, "--version");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("godwit " + Dist.VERSION, r.out().strip());
        assertEquals(1, Dist.archives(home.resolve("lib")).size());
        assertTrue(Files.isSymbolicLink(current));
        // And found on the PATH under its link.
        Dist.Run onPath = Dist.run(List.of("sh", "-c", "godwit --version"), dir,
                env -> env.put("PATH", bin + ":" + env.get("PATH")));
        assertEquals(0, onPath.exit(), onPath.toString());
        assertEquals("godwit " + Dist.VERSION, onPath.out().strip());
    }

    /** GODWIT_JAVA_OPTS replaces the flags: no archive is made or used, and its flags reach the JVM. */
    @Test
    void godwitJavaOptsReplacesTheFlags(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        Dist.Run r = Dist.godwit(home.resolve("bin/godwit"), dir,
                env -> env.put("GODWIT_JAVA_OPTS", "-Xmx64m -XshowSettings:vm"), "--version");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("godwit " + Dist.VERSION, r.out().strip());
        contains(r.err(), "Max. Heap Size: 64.00M");
        assertEquals(List.of(), Dist.archives(home.resolve("lib")));
    }

    @Test
    void withoutJavaTheMessageSaysWhatToInstall(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        // A PATH with every command of /usr/bin and /bin except java.
        Path bin = Files.createDirectories(dir.resolve("nojava"));
        for (String folder : List.of("/usr/bin", "/bin")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) {
                    Path link = bin.resolve(f.getFileName());
                    if (!f.getFileName().toString().startsWith("java") && !Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, f);
                    }
                }
            }
        }
        Dist.Run none = Dist.godwit(home.resolve("bin/godwit"), dir, env -> {
            env.remove("JAVA_HOME");
            env.put("PATH", bin.toString());
        }, "--version");
        assertNotEquals(0, none.exit(), none.toString());
        assertEquals("", none.out());
        contains(none.err(), "godwit: no java command found (JAVA_HOME is not set and java is not on the PATH)",
                "Java runtime (JDK or JRE) 17 or newer", "set JAVA_HOME");

        Dist.Run bad = Dist.godwit(home.resolve("bin/godwit"), dir, env -> env.put("JAVA_HOME", dir.resolve("nowhere").toString()),
                "--version");
        assertNotEquals(0, bad.exit(), bad.toString());
        contains(bad.err(), "godwit: JAVA_HOME is " + dir.resolve("nowhere") + ", which has no bin/java.", "17 or newer");
    }

    /** An older Java is named with its version, read from its release file or, without one, from java -version. */
    @Test
    void anOlderJavaIsRefused(@TempDir Path dir) throws Exception {
        Path home = Dist.unpack(dir);
        Path withRelease = Files.createDirectories(dir.resolve("jdk11/bin"));
        Files.writeString(dir.resolve("jdk11/release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"11.0.21\"\n");
        fakeJava(withRelease.resolve("java"), "11.0.21");
        Dist.Run r11 = Dist.godwit(home.resolve("bin/godwit"), dir, env -> env.put("JAVA_HOME", dir.resolve("jdk11").toString()),
                "--version");
        assertNotEquals(0, r11.exit(), r11.toString());
        contains(r11.err(), "godwit: " + withRelease.resolve("java") + " is Java 11.0.21.", "17 or newer");

        Path noRelease = Files.createDirectories(dir.resolve("jre8/bin"));
        fakeJava(noRelease.resolve("java"), "1.8.0_392");
        Dist.Run r8 = Dist.godwit(home.resolve("bin/godwit"), dir, env -> {
            env.remove("JAVA_HOME");
            env.put("PATH", noRelease + ":" + env.get("PATH"));
        }, "--version");
        assertNotEquals(0, r8.exit(), r8.toString());
        contains(r8.err(), "is Java 1.8.0_392.", "17 or newer");
        assertEquals(List.of(), Dist.archives(home.resolve("lib")));
    }

    /** bin/godwit and bin/godwit.cmd start the JVM with the flags of the repository's ./godwit. */
    @Test
    void theFlagsAreTheRepositoryLaunchers(@TempDir Path dir) throws Exception {
        java.util.regex.Matcher repo = java.util.regex.Pattern.compile("(?m)^opts=\\((.+)\\)$")
                .matcher(Files.readString(Dist.ROOT.resolve("godwit")));
        assertTrue(repo.find(), "./godwit sets opts=(...)");
        String flags = repo.group(1).strip();
        Path home = Dist.unpack(dir);
        contains(Files.readString(home.resolve("bin/godwit")), "\nopts=\"" + flags + "\"\n");
        String cmd = Files.readString(home.resolve("bin/godwit.cmd"));
        contains(cmd, "\"%GODWIT_JAVACMD%\" " + flags + " -jar \"%GODWIT_JAR%\" %*\r\n");
        assertTrue(cmd.lines().count() == cmd.split("\r\n", -1).length - 1, "godwit.cmd has CRLF line ends");
    }

    private static void fakeJava(Path java, String version) throws Exception {
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2023-10-17' >&2\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
