package dev.godwit.dist;

import static dev.godwit.dist.Dist.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image's definition, without a Docker engine (none runs where these tests run, so
 * the image itself is never built here): the Dockerfile names the archive the build produced and
 * the files it copies exist; its install step (install.sh) and its entry point (godwit on the PATH,
 * run by a non-root user in a work folder) are run against the real archive.
 */
class DockerImageIT {

    private static final Path DOCKER = Dist.ROOT.resolve("godwit-dist/src/docker");

    private static String instruction(String dockerfile, String keyword) {
        Matcher m = Pattern.compile("(?m)^" + keyword + " (.+)$").matcher(dockerfile);
        assertTrue(m.find(), "no " + keyword + " in the Dockerfile");
        return m.group(1).strip();
    }

    @Test
    void theDockerfileNamesWhatTheBuildProduces() throws Exception {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertEquals("${BASE_IMAGE}", instruction(dockerfile, "FROM"));
        List<String> args = Pattern.compile("(?m)^ARG (.+)$").matcher(dockerfile).results()
                .map(r -> r.group(1).strip()).toList();
        assertEquals(List.of("BASE_IMAGE=eclipse-temurin:17-jre", "GODWIT_VERSION=" + Dist.VERSION), args,
                "the default base is Java 17's runtime, and the default version is the build's: it names "
                        + "godwit-dist/target/" + Dist.TAR.getFileName());
        String copy = instruction(dockerfile, "COPY").replace("${GODWIT_VERSION}", Dist.VERSION);
        String[] parts = copy.split("\\s+");
        for (int i = 0; i < parts.length - 1; i++) {
            assertTrue(Files.isRegularFile(Dist.ROOT.resolve(parts[i])), parts[i] + " (relative to the build context, the root)");
        }
        assertTrue(copy.contains("godwit-dist/target/" + Dist.TAR.getFileName()), copy);
        String ignore = Files.readString(DOCKER.resolve("Dockerfile.dockerignore"));
        contains(ignore, "\n*\n", "\n!godwit-dist/target/godwit-*.tar.gz\n", "\n!godwit-dist/src/docker/install.sh\n");
        assertEquals("10001:10001", instruction(dockerfile, "USER"));
        assertEquals("/work", instruction(dockerfile, "WORKDIR"));
        assertEquals("[\"godwit\"]", instruction(dockerfile, "ENTRYPOINT"));
        assertEquals("PATH=/opt/godwit/bin:$PATH", instruction(dockerfile, "ENV"));
        contains(instruction(dockerfile, "RUN"), "sh /tmp/godwit/install.sh /tmp/godwit/godwit-${GODWIT_VERSION}.tar.gz /opt");
    }

    /** install.sh as the image build runs it (as root), then the entry point as a non-root user. */
    @Test
    void theInstallStepAndTheEntryPointWork(@TempDir Path dir) throws Exception {
        Dist.openUp(dir);
        Path opt = dir.resolve("opt");
        Dist.Run install = Dist.run(List.of("sh", DOCKER.resolve("install.sh").toString(), Dist.TAR.toString(), opt.toString()),
                dir, env -> { });
        assertEquals(0, install.exit(), install.toString());
        assertEquals("godwit " + Dist.VERSION, install.out().strip());
        assertTrue(Files.isSymbolicLink(opt.resolve("godwit")));
        List<Path> archives = Dist.archives(opt.resolve("godwit-" + Dist.VERSION + "/lib"));
        assertEquals(1, archives.size(), "the CDS archive is recorded at build time: " + archives);
        FileTime recorded = Files.getLastModifiedTime(archives.get(0));

        Path work = Files.createDirectories(dir.resolve("work"));
        Dist.openUp(work);
        Path userHome = Files.createDirectories(dir.resolve("home/godwit"));
        Dist.openUp(userHome);
        Consumer<Map<String, String>> image = env -> {
            env.put("PATH", opt.resolve("godwit/bin") + ":" + env.get("PATH"));
            env.put("HOME", userHome.toString());
            env.remove("XDG_CACHE_HOME");
            env.put("DATABASE_URL", "sqlite:///app.db");
        };
        for (List<String> args : List.of(List.of("init"), List.of("revision", "-m", "first", "--rev-id", "c0ffee000001"),
                List.of("upgrade"), List.of("current"))) {
            List<String> command = new ArrayList<>(List.of("godwit"));
            command.addAll(args);
            Dist.Run r = Dist.run(Dist.asNobody(command), work, image);
            assertEquals(0, r.exit(), args + ": " + r);
            if (args.get(0).equals("current")) {
                assertEquals("c0ffee000001 (head)", r.out().strip());
            }
        }
        assertTrue(Files.isRegularFile(work.resolve("app.db")), "DATABASE_URL's SQLite file, in the work folder");
        assertEquals(List.of(), Dist.archives(userHome.resolve(".cache/godwit")), "the image's archive was used, none made");
        try (var files = Files.list(work)) {
            assertEquals(List.of("app.db", "app.db-godwit-lock", "godwit.toml", "migrations"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "only the project (no cache) in /work");
        }
        assertEquals(recorded, Files.getLastModifiedTime(archives.get(0)));

        Dist.Run missing = Dist.run(List.of("sh", DOCKER.resolve("install.sh").toString(), dir.resolve("nothing.tar.gz").toString(),
                dir.resolve("opt2").toString()), dir, env -> { });
        assertNotEquals(0, missing.exit(), missing.toString());
    }
}
