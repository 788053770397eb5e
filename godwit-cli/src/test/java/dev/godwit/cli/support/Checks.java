package dev.godwit.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on a CLI run; every failure message shows the run's exit code and both streams. */
public final class Checks {

    private Checks() {
    }

    /** Exit 0 and nothing on stderr. */
    public static Cli.Result ok(Cli.Result r) {
        assertEquals(0, r.exit(), () -> "expected success\n" + r);
        assertEquals("", r.err(), () -> "expected an empty stderr\n" + r);
        return r;
    }

    /**
     * Exit non-zero with one error: a single line starting {@code ERROR:}, and no stack trace (neither an
     * exception class name nor a stack frame).
     */
    public static Cli.Result failed(Cli.Result r) {
        assertNotEquals(0, r.exit(), () -> "expected a failure\n" + r);
        assertTrue(r.err().startsWith("ERROR: "), () -> "stderr must start with ERROR:\n" + r);
        assertEquals(1, count("\n" + r.err(), "\nERROR:"), () -> "expected exactly one error\n" + r);
        noStackTrace(r);
        return r;
    }

    public static void noStackTrace(Cli.Result r) {
        assertFalse(r.err().contains("Exception"), () -> "stderr names an exception\n" + r);
        assertFalse(r.err().contains("\tat "), () -> "stderr holds a stack trace\n" + r);
        assertFalse(r.out().contains("\tat "), () -> "stdout holds a stack trace\n" + r);
    }

    /** {@code text} holds every one of {@code parts}. */
    public static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected «" + part + "» in:\n" + text);
        }
    }

    public static void notContains(String text, String... parts) {
        for (String part : parts) {
            assertFalse(text.contains(part), () -> "did not expect «" + part + "» in:\n" + text);
        }
    }

    public static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
