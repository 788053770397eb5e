package dev.godwit.internal.backup;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Hands a finished backup to the {@code backup_command} setting, so that it can go somewhere that
 * outlasts the machine (a bucket, another disk) before anything is migrated.
 *
 * <p>The contract: the command runs through {@code /bin/sh -c} in Godwit's working directory, with
 * standard input closed and standard output discarded. The backup file's absolute path is in the
 * environment variable {@code GODWIT_BACKUP_FILE}, and every {@code {file}} in the command is
 * replaced by that path, quoted as one shell word. The database password is never passed: variables
 * holding it (and {@code PGPASSWORD}, {@code MYSQL_PWD}) are removed from the command's environment.
 * A non-zero exit, or a run longer than {@link #TIMEOUT}, fails the backup: {@code BACKUP_FAILED},
 * naming the exit status and the last lines of standard error, the password masked.
 */
public final class BackupHandoff {

    /** The variable that holds the backup file's path. */
    public static final String FILE_VARIABLE = "GODWIT_BACKUP_FILE";
    /** How long the command may run: as long as a dump tool. */
    public static final Duration TIMEOUT = BackupTaker.DEFAULT_TIMEOUT;
    private static final String PLACEHOLDER = "{file}";
    private static final List<String> PASSWORD_VARIABLES = List.of("PGPASSWORD", "MYSQL_PWD");

    private BackupHandoff() {}

    /**
     * Runs {@code command} on the finished {@code backup} and returns the note saying it ran.
     *
     * @param password the database password, kept out of the command's environment and masked in
     *                 messages; may be null
     * @throws GodwitException ({@code BACKUP_FAILED}) when the command fails, cannot start or runs too long
     */
    public static String handOff(String command, Path backup, String password) {
        return handOff(command, backup, password, TIMEOUT);
    }

    /** {@link #handOff(String, Path, String)} allowing the command {@code timeout}. */
    public static String handOff(String command, Path backup, String password, Duration timeout) {
        Objects.requireNonNull(command, "command");
        Path file = backup.toAbsolutePath();
        String shown = ToolProcess.mask(command, password);
        String script = command.replace(PLACEHOLDER, Shell.quote(file.toString()));
        ToolLocator.Tool shell = new ToolLocator.Tool("backup_command", Path.of("/bin/sh"), false);
        ToolProcess.Result result;
        try {
            result = ToolProcess.run(shell, List.of("/bin/sh", "-c", script), environment(System.getenv(), file,
                    password), null, timeout, password, "handing " + file.getFileName() + " to `" + shown + "`");
        } catch (GodwitException e) {
            if (e.code() != ErrorCode.BACKUP_FAILED) {
                throw e;
            }
            throw new GodwitException(ErrorCode.BACKUP_FAILED, e.getMessage().replace(
                    "; it was stopped and its partial backup deleted.", "; it was stopped, and nothing was migrated."),
                    "The backup file " + file + " is still in place. Fix backup_command, or run without it.", e);
        }
        if (result.exitCode() != 0) {
            throw new GodwitException(ErrorCode.BACKUP_FAILED,
                    "The backup command `" + shown + "` exited with status " + result.exitCode()
                    + " after the backup " + file + " was taken; nothing was migrated. Its last output:\n"
                    + result.stderrBlock(),
                    "The backup file is still in place. Fix backup_command (it gets the file in $"
                    + FILE_VARIABLE + " and in {file}) and run again, or run without it.");
        }
        return "backup handed to: " + shown;
    }

    /** The changes to the inherited environment: the file added, anything holding the password removed. */
    static Map<String, String> environment(Map<String, String> inherited, Path file, String password) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String name : PASSWORD_VARIABLES) {
            changes.put(name, null);
        }
        if (password != null && !password.isEmpty()) {
            inherited.forEach((name, value) -> {
                if (value.contains(password)) {
                    changes.put(name, null);
                }
            });
        }
        changes.put(FILE_VARIABLE, file.toString());
        return changes;
    }
}
