package dev.godwit.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SecretsTest {
    private static DatabaseUrl url(String text) {
        return DatabaseUrl.parse(text, Path.of("/srv"));
    }

    @Test
    void scrubsThePasswordAsWrittenAndEncoded() {
        Secrets secrets = Secrets.of(url("postgres://u:p%40ss%20w0rd@h/db"));
        assertEquals("role *** and *** and ***", secrets.scrub("role p@ss w0rd and p%40ss%20w0rd and p%40ss+w0rd"));
        assertEquals("x *** y", secrets.replace("x p@ss w0rd y"));
    }

    /** A server message that quotes a user name which swallowed ";password=...". */
    @Test
    void scrubsPasswordParametersInMessages() {
        assertEquals("FATAL: role \"u;password=***\" does not exist",
                Secrets.NONE.scrub("FATAL: role \"u;password=xyzzy\" does not exist"));
    }

    @Test
    void scrubsSecretsTheDriverKeeps() {
        Secrets secrets = Secrets.of(url("jdbc:postgresql://h/db?sslpassword=k3y%21pass"));
        assertFalse(secrets.scrub("bad key k3y!pass").contains("k3y!pass"));
    }

    @Test
    void replaceLeavesOtherTextAlone() {
        Secrets secrets = Secrets.of(url("postgres://u:longsecret@h/db"));
        assertEquals("INSERT INTO t VALUES ('mailto:a@b.c');",
                secrets.replace("INSERT INTO t VALUES ('mailto:a@b.c');"));
    }
}
