package dev.godwit.internal.db.mysql;

import dev.godwit.api.ErrorCode;
import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupFiles;
import dev.godwit.internal.backup.ExitCleanup;
import dev.godwit.internal.backup.BackupMethod;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.PrivateDirectory;
import dev.godwit.internal.backup.ServerAddress;
import dev.godwit.internal.backup.Shell;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.backup.ToolProcess;
import dev.godwit.api.GodwitException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MySQL and MariaDB: {@code mariadb-dump} (else {@code mysqldump}) of one database as SQL, in one
 * consistent snapshot ({@code --single-transaction}), with routines, triggers and events; restored
 * with the {@code mariadb} (or {@code mysql}) client. The password reaches the tool in an option
 * file ({@code --defaults-extra-file}, which both MariaDB's and MySQL's tools read; MySQL 8 deprecates
 * {@code MYSQL_PWD}) inside a {@link PrivateDirectory}, deleted as soon as the tool ends, and also
 * when Godwit is stopped during the dump ({@link ExitCleanup}). (A password in the user's own
 * {@code ~/.my.cnf}, which the tool reads later, would win.)
 *
 * <p>When the user may not read events (no EVENT privilege), the dump is taken again without them
 * and a note says so: a backup without events beats no backup before an upgrade.
 */
public final class MysqlBackup implements BackupMethod {
    static final String KEY = "mysqldump";
    static final List<String> DUMP_TOOLS = List.of("mariadb-dump", "mysqldump");
    static final String INSTALL = "Install the MariaDB or MySQL client tools (Debian/Ubuntu: apt-get install"
            + " mariadb-client; Red Hat/Fedora: dnf install mariadb; macOS: brew install mariadb)";

    private final ToolLocator tools;

    public MysqlBackup(ToolLocator tools) {
        this.tools = tools;
    }

    @Override
    public Backup take(BackupRequest request, Duration timeout) {
        long started = System.nanoTime();
        ServerAddress address = ServerAddress.of(request.url());
        String database = database(request, address);
        ToolLocator.Tool dump = tools.find(KEY, DUMP_TOOLS, INSTALL);
        String client = tools.companion(dump, dump.path().getFileName().toString().startsWith("mariadb")
                ? List.of("mariadb", "mysql") : List.of("mysql", "mariadb"));
        String password = request.url().password();
        String what = "backing up database " + database + " on " + address.display();
        List<String> notes = new ArrayList<>();
        if (address.hosts().size() > 1) {
            notes.add("The backup was taken from the URL's first host, " + address.display() + ".");
        }
        Path file = BackupFiles.claim(request.backupDir(), database, request.currentRevision(), request.time(), "sql");
        return BackupFiles.keepIfTaken(file, () -> {
            PrivateDirectory secrets = null;
            try {
                Path options = null;
                if (password != null) {
                    secrets = PrivateDirectory.create("godwit-backup-");
                    options = secrets.write("client.cnf", optionFile(password));
                }
                String tool = dump.path().toString();
                ToolProcess.Result result = ToolProcess.run(dump, dumpCommand(tool, options, request, address, true),
                        Map.of(), file, timeout, password, what);
                if (result.exitCode() != 0 && eventsDenied(result)) {
                    Duration left = timeout.minusNanos(System.nanoTime() - started);
                    result = ToolProcess.run(dump, dumpCommand(tool, options, request, address, false), Map.of(), file,
                            left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left, password, what);
                    notes.add("Events were not backed up: user " + displayUser(request)
                            + " may not read the events of database " + database
                            + " (it lacks the EVENT privilege); grant it to include them.");
                }
                if (result.exitCode() != 0) {
                    throw failure(dump, result, request, address);
                }
                notes.addAll(restoreNotes(request));
                return new Backup(file, restoreCommand(client, request, address, file), BackupFiles.size(file),
                        Duration.ofNanos(System.nanoTime() - started), notes);
            } catch (IOException e) {
                throw new GodwitException(ErrorCode.BACKUP_FAILED,
                        "Cannot write the temporary option file that gives " + dump.name()
                        + " the password: " + BackupFiles.reason(e),
                        "Check that the temporary directory (" + System.getProperty("java.io.tmpdir")
                                + ") is writable, or run without a backup.", e);
            } finally {
                if (secrets != null) {
                    secrets.close();
                }
            }
        });
    }

    /** The database to dump: the request's schema, else the URL's database. */
    public static String database(BackupRequest request, ServerAddress address) {
        return request.schema() != null ? request.schema() : address.database();
    }

    /** The dump command line, its output going to standard output. It never holds the password. */
    public static List<String> dumpCommand(String tool, Path optionFile, BackupRequest request, ServerAddress address,
            boolean events) {
        List<String> argv = new ArrayList<>();
        argv.add(tool);
        if (optionFile != null) {
            argv.add("--defaults-extra-file=" + optionFile); // must come first
        }
        connection(argv, request, address);
        argv.add("--single-transaction");
        argv.add("--routines");
        argv.add("--triggers");
        if (events) {
            argv.add("--events");
        }
        argv.add("--no-tablespaces");
        argv.add("--hex-blob");
        argv.add("--default-character-set=utf8mb4");
        String database = database(request, address);
        if (database.startsWith("-")) {
            argv.add("--");
        }
        argv.add(database);
        return argv;
    }

    /** The restore command line: the client reading the dump from standard input. */
    public static String restoreCommand(String client, BackupRequest request, ServerAddress address, Path file) {
        List<String> argv = new ArrayList<>();
        argv.add(client);
        connection(argv, request, address);
        String database = database(request, address);
        argv.add(database.startsWith("-") ? "--database=" + database : database);
        return Shell.join(argv) + " < " + Shell.quote(file.toString());
    }

    /** TCP to the URL's (first) host, as the JDBC driver connects; "localhost" would mean the socket. */
    private static void connection(List<String> argv, BackupRequest request, ServerAddress address) {
        argv.add("--protocol=TCP");
        argv.add("-h");
        argv.add(address.hosts().get(0));
        argv.add("-P");
        argv.add(Integer.toString(address.ports().get(0)));
        if (request.url().user() != null) {
            argv.add("-u");
            argv.add(request.url().user());
        }
    }

    /**
     * An option file that gives the password to every MySQL/MariaDB client program. The value is
     * double-quoted (so '#' is no comment) with '\', '"' and control characters escaped.
     */
    public static String optionFile(String password) {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            switch (c) {
                case '\\':
                    value.append("\\\\");
                    break;
                case '"':
                    value.append("\\\"");
                    break;
                case '\n':
                    value.append("\\n");
                    break;
                case '\r':
                    value.append("\\r");
                    break;
                case '\t':
                    value.append("\\t");
                    break;
                case '\b':
                    value.append("\\b");
                    break;
                default:
                    value.append(c);
            }
        }
        return "[client]\npassword=\"" + value + "\"\n";
    }

    public static boolean eventsDenied(ToolProcess.Result result) {
        return result.stderrContains("show events")
                && (result.stderrContains("access denied") || result.stderrContains("(1044)")
                        || result.stderrContains("(1142)") || result.stderrContains("(1227)"));
    }

    public static List<String> restoreNotes(BackupRequest request) {
        List<String> notes = new ArrayList<>();
        if (request.url().password() != null) {
            notes.add("The restore command reads the password" + (request.url().user() == null ? "" : " of user "
                    + request.url().user()) + " from MYSQL_PWD (set it in its environment), or add -p to be asked for it.");
        }
        notes.add("The restore replaces the tables, views, routines, triggers and events that are in the backup and"
                + " keeps objects created after it; drop those first for an exact copy.");
        return notes;
    }

    private static String displayUser(BackupRequest request) {
        return request.url().user() == null ? "(default)" : request.url().user();
    }

    /** The error for a dump that exited with an error: what it said, and what to do. */
    public static GodwitException failure(ToolLocator.Tool tool, ToolProcess.Result result, BackupRequest request,
            ServerAddress address) {
        String database = database(request, address);
        String hint;
        if (result.stderrContains("COLUMN_STATISTICS")) {
            hint = "MySQL's mysqldump cannot read a MariaDB server's column statistics: install mariadb-client and use"
                    + " its mariadb-dump (set -D" + ToolLocator.propertyName(KEY) + " or " + ToolLocator.variableName(KEY)
                    + " to it).";
        } else if (result.stderrContains("(1045)") || result.stderrContains("(using password")) {
            hint = "Check the user name and password in the database URL.";
        } else if (result.stderrContains("(1049)") || result.stderrContains("unknown database")) {
            hint = "Check the database name: database " + database + " does not exist on " + address.display() + ".";
        } else if (result.stderrContains("can't connect") || result.stderrContains("unknown server host")
                || result.stderrContains("lost connection")) {
            hint = "Is the server running and reachable at " + address.display() + " from this machine?";
        } else if (result.stderrContains("access denied")) {
            hint = "The user needs SELECT, SHOW VIEW, TRIGGER and LOCK TABLES on database " + database
                    + " (and EVENT for its events): run the backup as a user who has them, or grant them.";
        } else {
            hint = "Fix the cause shown above.";
        }
        return new GodwitException(ErrorCode.BACKUP_FAILED,
                "Backup failed: " + tool.name() + " (" + tool.path() + ") exited with code "
                + result.exitCode() + " backing up database " + database + " on " + address.display() + ":\n"
                + result.stderrBlock(), hint + " Or run without a backup.");
    }
}
