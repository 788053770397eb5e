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

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new java.util.HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
