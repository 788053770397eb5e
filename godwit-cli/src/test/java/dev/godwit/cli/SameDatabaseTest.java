package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Suggested commands carry the -e / --url given, quoted for a shell, and never a password. */
class SameDatabaseTest {

    private static GlobalOptions options(String environment, String url) {
        return new GlobalOptions(Path.of("app"), Path.of("g.toml"), environment, url, null, null);
    }

    @Test
    void addsTheEnvironmentAndAUrlWithoutPassword() {
        String hint = "Run `godwit current`, then `godwit stamp --purge <rev>`; godwit.toml stays";
        assertEquals(hint, SameDatabase.apply(hint, options(null, null)));
        assertEquals("Run `godwit -e staging current`, then `godwit -e staging stamp --purge <rev>`; godwit.toml stays",
                SameDatabase.apply(hint, options("staging", null)));
        assertEquals("`godwit -e 'my env' --url 'sqlite:///tmp/a b.db' current`",
                SameDatabase.apply("`godwit current`", options("my env", "sqlite:///tmp/a b.db")));
        assertEquals("`godwit --url postgresql://u@h:5432/db current`",
                SameDatabase.apply("`godwit current`", options(null, "postgresql://u@h:5432/db")));
    }

    @Test
    void aUrlWithAPasswordIsNotRepeated() {
        for (String url : new String[] {"postgresql://u:s3cr3t@h/db", "jdbc:postgresql://h/db?user=u&password=s3cr3t",
                "mysql://u:p%40ss@h/db"}) {
            assertEquals("`godwit --url <same URL> current`", SameDatabase.apply("`godwit current`", options(null, url)),
                    url);
        }
        assertEquals("'it'\\''s'", SameDatabase.quoted("it's"));
    }
}
