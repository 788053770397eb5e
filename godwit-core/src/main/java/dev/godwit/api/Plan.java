package dev.godwit.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What an upgrade or downgrade will run on one database, made against its live state by
 * {@code Godwit.plan}: the revisions, their statements, the statements that lose data and the
 * backup taken first. It is what a protected environment's {@link Confirmation} is shown and what
 * {@code Godwit.apply} runs: apply plans again under the run lock and refuses
 * ({@link ErrorCode#DATABASE_MOVED}) when the result differs from this one, so what was confirmed
 * is exactly what runs.
 *
 * @param direction            which way it runs
 * @param target               the target as given
 * @param environment          the configuration's environment, or null for the default one
 * @param databaseName         the name a person types to confirm (the database, or the SQLite file's name)
 * @param protectedEnvironment whether the environment is protected ({@code confirm = true})
 * @param current              the version table's rows the plan was made from
 * @param revisions            the revisions that run, in order
 * @param statements           how many statements run
 * @param dataLoss             the statements that drop or lose data, each as `revision: statement -- what is lost`
 * @param backupDirectory      where a backup is taken before anything runs, or null when none is
 * @param state                identifies the database, its state and the files the plan was made from
 *                             (URL without password, schema, version table, rows, the planned revisions'
 *                             checksums); equal states give equal plans
 */
public record Plan(Direction direction, String target, String environment, String databaseName,
                   boolean protectedEnvironment, List<String> current, List<RevisionInfo> revisions, int statements,
                   List<String> dataLoss, Path backupDirectory, String state) {

    public Plan {
        current = List.copyOf(current);
        revisions = List.copyOf(revisions);
        dataLoss = List.copyOf(dataLoss);
    }

    /** True when nothing would run: the database is at the target already. */
    public boolean isEmpty() {
        return revisions.isEmpty();
    }

    /**
     * True when running the plan may lose data: a downgrade (it undoes applied work), or an upgrade
     * with a statement that drops or loses data. A protected environment refuses it unless allowed.
     */
    public boolean destructive() {
        return !isEmpty() && (direction == Direction.DOWNGRADE || !dataLoss.isEmpty());
    }

    /** True when a backup is taken before the first statement runs. */
    public boolean takesBackup() {
        return backupDirectory != null;
    }
}
