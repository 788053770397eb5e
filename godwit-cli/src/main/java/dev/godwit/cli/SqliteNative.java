package dev.godwit.cli;

import dev.godwit.Godwit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Points the SQLite driver at a native library extracted once into the user's cache, instead of
 * letting it extract ~1 MiB into the temp folder on every run (tens of milliseconds, and files left
 * behind by killed runs). Any problem leaves the driver to its default behaviour.
 */
final class SqliteNative {
    /** {@link dev.godwit.api.ConfigurationInfo#databaseKind()} for SQLite. */
    private static final String SQLITE = "sqlite";
    private static final String VERSION_RESOURCE = "/META-INF/maven/org.xerial/sqlite-jdbc/pom.properties";

    private SqliteNative() {
    }

    /** Prepares the native library when {@code godwit} works on SQLite (before it connects). */
    static void prepareFor(Godwit godwit) {
        if (SQLITE.equals(godwit.configuration().databaseKind())) {
            prepare();
        }
    }

    static void prepare() {
        if (System.getProperty("org.sqlite.lib.path") != null || !isLinuxX64()) {
            return;
        }
        try {
            String resource = "/org/sqlite/native/Linux/x86_64/libsqlitejdbc.so";
            Path dir = cacheDir().resolve("sqlite-" + driverVersion());
            Path lib = dir.resolve("libsqlitejdbc.so");
            if (!Files.isRegularFile(lib)) {
                try (InputStream in = SqliteNative.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        return;
                    }
                    Files.createDirectories(dir);
                    Path tmp = Files.createTempFile(dir, "lib", ".tmp");
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", "libsqlitejdbc.so");
        } catch (IOException | RuntimeException e) {
            // the driver extracts its own copy as usual
        }
    }

    private static boolean isLinuxX64() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        return os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"));
    }

    private static String driverVersion() throws IOException {
        try (InputStream in = SqliteNative.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                throw new IOException("no sqlite-jdbc version");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        }
    }

    private static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("godwit");
    }
}
