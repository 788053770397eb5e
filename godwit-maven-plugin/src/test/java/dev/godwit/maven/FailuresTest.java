package dev.godwit.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Godwit's failures as build failures: message and hint in the build's words, secrets masked, a cause only on request. */
class FailuresTest {

    private static GodwitException refusal(String reason) {
        return new GodwitException(ErrorCode.CONFIRMATION_REQUIRED, "Refusing to upgrade in the protected environment "
                + "prod: it needs a confirmation and none is set; nothing was run",
                "Set a Confirmation on the Godwit builder.", null,
                Map.of("environment", "prod", "action", "upgrade", "reason", reason));
    }

    @Test
    void aRefusalNamesThePropertyThatLiftsIt() {
        MojoFailureException e = Failures.of(refusal("policy"), Godwit.noSecrets(), null, false);
        assertTrue(e.getMessage().startsWith("Refusing to upgrade in the protected environment prod"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dgodwit.confirm=<the database's name>"), e.getMessage());
        assertFalse(e.getMessage().contains("Godwit builder"), e.getMessage());
        GodwitException destructive = new GodwitException(ErrorCode.DESTRUCTIVE_CHANGE_REFUSED, "Refusing to downgrade",
                "Check the plan, then allow destructive changes.");
        assertTrue(Failures.of(destructive, Godwit.noSecrets(), null, false).getMessage()
                .contains("-Dgodwit.allowDestructive=true"));
    }

    @Test
    void noCauseAndSoNoStackTraceUnlessAskedFor() {
        GodwitException e = new GodwitException(ErrorCode.CONNECTION_FAILED, "Could not connect", "Check the server.",
                new SQLException("FATAL: password authentication failed, password=topsecret1"));
        assertNull(Failures.of(e, Godwit.noSecrets(), "topsecret1", false).getCause());
        MojoFailureException detailed = Failures.of(e, Godwit.noSecrets(), "topsecret1", true);
        StringWriter trace = new StringWriter();
        detailed.printStackTrace(new PrintWriter(trace));
        assertTrue(trace.toString().contains("java.sql.SQLException"), trace.toString());
        assertFalse(trace.toString().contains("topsecret1"), trace.toString());
    }

    @Test
    void thePasswordGivenIsMaskedWhereverItIsQuoted() {
        GodwitException e = new GodwitException(ErrorCode.AUTHENTICATION_FAILED,
                "The server refused user app with password hunter22 at postgresql://app:hunter22@db/app", null);
        String message = Failures.of(e, Godwit.noSecrets(), "hunter22", false).getMessage();
        assertFalse(message.contains("hunter22"), message);
        assertEquals("The server refused user app with password *** at postgresql://app:***@db/app", message);
    }
}
