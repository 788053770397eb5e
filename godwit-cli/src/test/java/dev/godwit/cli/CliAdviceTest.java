package dev.godwit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CLI's wording of the engine's errors, from their code and details: the commands and flags it
 * names are the CLI's own. (The engine's tests assert the code and details of the same errors.)
 */
class CliAdviceTest {

    private static CliAdvice.Text advice(ErrorCode code, String message, Map<String, String> details) {
        return CliAdvice.of(new GodwitException(code, message, "engine hint", null, details));
    }

    @Test
    void multipleHeadsNameTheCommandAndMerge() {
        Map<String, String> heads = Map.of("heads", "b2,c2", "described", "b2 (add b2), c2 (add c2)");
        CliAdvice.Text upgrade = advice(ErrorCode.MULTIPLE_HEADS, "engine", with(heads, "operation", "upgrade"));
        assertEquals("Multiple heads are present: b2, c2; use `godwit upgrade heads`, a branch label (`label@head`) "
                + "or `godwit merge heads`", upgrade.message());
        assertEquals("The heads are b2 (add b2), c2 (add c2). Name one by id or branch label, take them all with "
                + "`heads`, or join them with `godwit merge heads`", upgrade.hint());
        assertEquals("Multiple heads are present: b2, c2; use `godwit stamp heads`, a branch label (`label@head`) "
                + "or `godwit merge heads`", advice(ErrorCode.MULTIPLE_HEADS, "e", with(heads, "operation", "stamp"))
                .message());
        assertEquals("Multiple heads are present: b2, c2; use `heads`, a branch label (`label@head`) "
                + "or `godwit merge heads`", advice(ErrorCode.MULTIPLE_HEADS, "e", heads).message());
        assertEquals("Name one of them by id, or join them with `godwit merge b2 c2`",
                advice(ErrorCode.MULTIPLE_HEADS, "e", Map.of("label", "feature", "heads", "b2,c2")).hint());
        CliAdvice.Text revision = advice(ErrorCode.MULTIPLE_HEADS, "kept", Map.of("heads", "b,c", "operation",
                "revision"));
        assertEquals("kept", revision.message());
        assertEquals("Use `--head <rev>` or `--head <label>@head`, or first join them with `godwit merge heads`.",
                revision.hint());
    }

    @Test
    void directionNamesTheOtherCommand() {
        assertEquals("To go back, run `godwit downgrade -1`", advice(ErrorCode.WRONG_DIRECTION, "e",
                Map.of("target", "-1", "operation", "downgrade", "relative", "true")).hint());
        assertEquals("To go forward, run `godwit upgrade +1`", advice(ErrorCode.WRONG_DIRECTION, "e",
                Map.of("target", "+1", "operation", "upgrade", "relative", "true")).hint());
        assertEquals("To move forward, run `godwit upgrade d`", advice(ErrorCode.WRONG_DIRECTION, "e",
                Map.of("target", "d", "operation", "upgrade", "relative", "false")).hint());
        assertEquals("Downgrade to a revision the database has (`godwit current` shows them), or to `base` to remove "
                + "everything", advice(ErrorCode.BAD_TARGET, "e", Map.of("target", "x", "current", "b")).hint());
    }

    @Test
    void unknownRowsNeedStampPurge() {
        String hint = advice(ErrorCode.BOOKKEEPING_MISMATCH, "e", Map.of("revisions", "gone,lost", "heads", "b2,c2"))
                .hint();
        assertEquals("The revision files have heads b2, c2. If the revision files were lost or renamed, restore them; "
                + "otherwise mark the database as being at a known revision with `godwit stamp --purge <rev>`", hint);
        assertEquals("There are no revision files. If the revision files were lost or renamed, restore them; "
                + "otherwise mark the database as being at a known revision with `godwit stamp --purge <rev>`",
                advice(ErrorCode.BOOKKEEPING_MISMATCH, "e", Map.of("revisions", "gone", "heads", "")).hint());
        assertEquals("Run `godwit history` to list the revisions and their branch labels (`godwit heads` for the "
                + "newest); a unique prefix of an id is enough",
                advice(ErrorCode.UNKNOWN_REVISION, "e", Map.of("revision", "zz")).hint());
    }

    @Test
    void othersKeepTheEngineWording() {
        assertEquals("run `godwit init` or set `migrations` in godwit.toml",
                advice(ErrorCode.BAD_CONFIGURATION, "e", Map.of("migrations", "/m")).hint());
        CliAdvice.Text plain = advice(ErrorCode.BAD_CONFIGURATION, "as is", Map.of());
        assertEquals("as is", plain.message());
        assertEquals("engine hint", plain.hint());
    }

    @Test
    void optionsAreNamedByTheirFlags() {
        assertEquals("Leave out --head for the first revision.",
                advice(ErrorCode.UNKNOWN_REVISION, "e", Map.of("revision", "x", "setting", "head")).hint());
        assertEquals("Add -m \"what it changes\".", advice(ErrorCode.BAD_ARGUMENT, "e",
                Map.of("setting", "message", "operation", "autogenerate")).hint());
        assertEquals("Choose one of production, staging with -e, or add an [environments.prod] table.",
                advice(ErrorCode.BAD_CONFIGURATION, "e", Map.of("setting", "environment", "problem", "unknown",
                        "environment", "prod", "defined", "production,staging", "config", "g.toml")).hint());
        assertEquals("Run again with --debug for details.",
                advice(ErrorCode.DATABASE_FAILED, "e", Map.of("see", "cause")).hint());
        assertEquals("Try again when it has finished, or wait longer with --lock-timeout SECONDS (lock_timeout in "
                + "godwit.toml). A crashed run never holds the lock: it is released with its connection.",
                advice(ErrorCode.LOCK_TIMEOUT, "e", Map.of("lock", "run", "seconds", "5", "holder", "")).hint());
    }

    @Test
    void halfAppliedWaysOnNameResumeAndUndo() {
        Map<String, String> d = new java.util.HashMap<>(Map.of("problem", "half applied", "request", "none",
                "revision", "r2", "operation", "upgrade", "statements", "3", "stopped", "2", "applied", "1"));
        assertEquals("Fix the file if statement 2 was wrong (leave statement 1 as it is), then `godwit upgrade "
                + "--resume` runs r2 from statement 2; or `godwit downgrade --undo-partial` undoes statement 1 with "
                + "r2's matching downgrade statements (the last undoes the first). If you finished or reverted it by "
                + "hand, `godwit stamp <revision>` records where the database stands. Nothing was run.",
                advice(ErrorCode.PARTIAL_REVISION, "e", d).hint());
        assertEquals("Run `godwit downgrade` without --resume/--undo-partial. Nothing was run.",
                advice(ErrorCode.PARTIAL_REVISION, "e", Map.of("problem", "none", "request", "resume",
                        "operation", "downgrade")).hint());
    }

    @Test
    void validationProblemsNameValidateAccept() {
        assertEquals("Revert the edit (the database ran the old statements), or, if the database already matches "
                + "the file as it is now, record that with `godwit validate --accept s1` (after fixing a downgrade "
                + "of it that failed half way: accept, then `godwit downgrade --resume <target>`). (`godwit validate` "
                + "lists every problem.)", advice(ErrorCode.CHECKSUM_MISMATCH, "e", Map.of("revision", "s1",
                "revisions", "s1,s2", "problems", "2", "first_hint", "engine")).hint());
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
