package dev.godwit.internal.script;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.util.Map;

/**
 * A script the splitter cannot cut into statements (an unterminated string, comment, dollar quote
 * or block). The message names the line where the construct started; {@link #line()} carries the
 * same line so a caller can prefix the file name ({@code file.sql:12: …}).
 */
public final class ScriptSyntaxException extends GodwitException {
    private final int line;

    public ScriptSyntaxException(String message, String hint, int line) {
        super(ErrorCode.BAD_REVISION_FILE, message, hint, null, Map.of("line", String.valueOf(line)));
        this.line = line;
    }

    /** The 1-based file line where the offending construct starts. */
    public int line() {
        return line;
    }
}
