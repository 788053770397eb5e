package dev.godwit.dist;

import static dev.godwit.dist.Dist.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/install.md's install commands, read out of the page and run against the archive the build made. */
class InstallDocIT {

    private static final String MARKER = "<!-- install-commands: run by InstallDocIT -->";

    static String installCommands() throws Exception {
        String doc = Files.readString(Dist.ROOT.resolve("docs/install.md"));
        int marker = doc.indexOf(MARKER);
        assertTrue(marker >= 0, "docs/install.md has no " + MARKER);
        int start = doc.indexOf("```sh\n", marker) + "```sh\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void theInstallCommandsOfTheDocWork(@TempDir Path dir) throws Exception {
        String commands = installCommands();
        contains(commands, "godwit-dist/target/" + Dist.TAR.getFileName());
        // The repository as the reader has it after mvn package: the archive at its path.
        Path repo = Files.createDirectories(dir.resolve("repo/godwit-dist/target"));
        Files.createSymbolicLink(repo.resolve(Dist.TAR.getFileName()), Dist.TAR);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path script = dir.resolve("install.sh");
        Files.writeString(script, "set -e\n" + commands + "cd \"$HOME\" && godwit init project\n");
        Dist.Run r = Dist.run(List.of("sh", script.toString()), dir.resolve("repo"), env -> {
            env.put("HOME", home.toString());
            env.remove("XDG_CACHE_HOME");
        });
        assertEquals(0, r.exit(), commands + "\n" + r);
        contains(r.out(), "godwit " + Dist.VERSION + "\n", "Created " + home.resolve("project/godwit.toml"));
        Path installed = home.resolve(".local/opt/godwit-" + Dist.VERSION);
        assertTrue(Files.isSymbolicLink(home.resolve(".local/bin/godwit")));
        assertEquals(1, Dist.archives(installed.resolve("lib")).size(), "the first run recorded the archive beside the jar");
    }
}
