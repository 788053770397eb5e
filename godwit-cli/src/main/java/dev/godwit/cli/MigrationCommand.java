package dev.godwit.cli;

import dev.godwit.Godwit;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What `upgrade` and `downgrade` share: offline SQL, the protected-environment check, backups, and
 * the summary line. Each subclass says only which way it goes.
 */
abstract class MigrationCommand implements Callable<Integer> {

    @ParentCommand
    GodwitCommand parent;

    @Option(names = "--sql", description = "Print the SQL script instead of running it (no connection).")
    boolean sql;

    @Option(names = "--dialect", paramLabel = "NAME", description = "With --sql: print the script for this database "
            + "(postgresql, mysql, sqlite; aliases postgres, mariadb): its sections of the revision files and its "
            + "bookkeeping SQL. Default: the configured URL's database.")
    String dialect;

    @Option(names = "--dry-run", description = "Show what would run against the live database, and run nothing.")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Confirm a protected environment's change without a prompt.")
    boolean yes;

    @Option(names = "--backup", description = "Take a backup with the database's own tool before running "
            + "(pg_dump, mariadb-dump, SQLite's online backup), into backup_dir.")
    boolean backup;

    @Option(names = "--allow-destructive", description = "Allow a downgrade in a protected environment.")
    boolean allowDestructive;

    @Option(names = "--resume", description = "Finish the revision an earlier run of this command left half applied "
            + "(MySQL/MariaDB, or `transaction: false`), from the statement after the last one applied, then go on "
            + "to TARGET.")
    boolean resume;

    @Option(names = "--undo-partial", description = "Undo the statements that an interrupted run of the other "
            + "command applied (`downgrade --undo-partial` after a half-applied upgrade), with the revision's matching "
            + "statements of this direction; runs nothing else.")
    boolean undoPartial;

    /** The target as given on the command line. */
    abstract String target();

    abstract boolean upgrade();

    @Override
    public Integer call() {
        PrintWriter out = parent.spec.commandLine().getOut();
        Godwit godwit = parent.godwit(new ProgressPrinter(out, parent.spec.commandLine().getErr()), backup);
        String target = target();
        if (sql && (resume || undoPartial)) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT,
                    "--sql prints whole revisions; it does not go with --resume or --undo-partial",
                    "Run `godwit " + (upgrade() ? "upgrade" : "downgrade") + "` without --sql to see which statements "
                            + "of the half-applied revision are applied.");
        }
        if (target == null && !undoPartial) {
            throw new picocli.CommandLine.ParameterException(parent.spec.commandLine(),
                    "Missing required parameter: 'TARGET'");
        }
        if (dialect != null && !sql) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "--dialect goes with --sql only",
                    "A run uses the sections of the database it connects to; add --sql to print another database's "
                            + "script.");
        }
        if (sql) {
            String script = upgrade() ? godwit.upgradeSql(target, dialect) : godwit.downgradeSql(target, dialect);
            parent.redactor().verbatim(() -> {
                out.print(script);
                out.flush();
            });
            return 0;
        }
        if (resume && undoPartial) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT,
                    "--resume and --undo-partial go in opposite directions; give one of them.",
                    "`godwit " + (upgrade() ? "upgrade" : "downgrade") + "` without either says which applies.");
        }
        if (undoPartial) {
            return PartialRun.undo(parent, godwit, upgrade(), dryRun, yes, allowDestructive, out);
        }
        MigrationResult result = Guard.migrate(parent, godwit, upgrade(), target,
                new Guard.Flags(dryRun, yes, allowDestructive, resume));
        if (result == null) {
            return 0;
        }
        String verb = upgrade() ? "upgrade" : "downgrade";
        if (result.nothingToDo()) {
            out.println("Nothing to " + verb + ": the database is at " + RevisionFormat.ids(result.rowsAfter())
                    + (upgrade() ? " (target " + target + ")." : "."));
        } else {
            out.println((upgrade() ? "Upgraded " : "Downgraded ") + result.revisions().size()
                    + " revision(s); the database is at " + RevisionFormat.ids(result.rowsAfter()) + ".");
        }
        return 0;
    }
}
