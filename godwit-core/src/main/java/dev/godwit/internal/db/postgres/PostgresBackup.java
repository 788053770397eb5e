package dev.godwit.internal.db.postgres;

import dev.godwit.api.ErrorCode;
import dev.godwit.internal.backup.Backup;
import dev.godwit.internal.backup.BackupFiles;
import dev.godwit.internal.backup.BackupMethod;
import dev.godwit.internal.backup.BackupRequest;
import dev.godwit.internal.backup.ServerAddress;
import dev.godwit.internal.backup.Shell;
import dev.godwit.internal.backup.ToolLocator;
import dev.godwit.internal.backup.ToolProcess;
import dev.godwit.api.GodwitException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL: {@code pg_dump -Fc} (custom format, restored with {@code pg_restore}) of the whole
 * database or of one schema. The password travels in {@code PGPASSWORD}; {@code -w} makes pg_dump
 * fail rather than prompt when the server wants a password it does not have.
 */
public final class PostgresBackup implements BackupMethod {
    static final String KEY = "pg_dump";
    static final String INSTALL = "Install the PostgreSQL client tools, of the server's major version or newer"
            + " (Debian/Ubuntu: apt-get install postgresql-client; Red Hat/Fedora: dnf install postgresql;"
            + " macOS: brew install libpq)";

    private static final Pattern VERSIONS = Pattern.compile("server version: ([^;]+); pg_dump version: (.+)");

    private final ToolLocator tools;

    public PostgresBackup(ToolLocator tools) {
        this.tools = tools;
    }

    @Override
    public Backup take(BackupRequest request, Duration timeout) {
        long started = System.nanoTime();
        ServerAddress address = ServerAddress.of(request.url());
        ToolLocator.Tool pgDump = tools.find(KEY, List.of("pg_dump"), INSTALL);
        String pgRestore = tools.companion(pgDump, List.of("pg_restore"));
        String label = request.schema() == null ? address.database() : address.database() + "." + request.schema();
        Path file = BackupFiles.claim(request.backupDir(), label, request.currentRevision(), request.time(), "dump");
        return BackupFiles.keepIfTaken(file, () -> {
            ToolProcess.Result result = ToolProcess.run(pgDump,
                    dumpCommand(pgDump.path().toString(), request, address, file),
                    environment(request, address), null, timeout, request.url().password(),
                    "backing up " + describe(request, address));
            if (result.exitCode() != 0) {
                throw failure(pgDump, result, request, address);
            }
            return new Backup(file, restoreCommand(pgRestore, request, address, file),
                    BackupFiles.size(file), Duration.ofNanos(System.nanoTime() - started), notes(request, address));
        });
    }

    /** The pg_dump command line. It never holds the password. */
    public static List<String> dumpCommand(String tool, BackupRequest request, ServerAddress address, Path file) {
        List<String> argv = new ArrayList<>();
        argv.add(tool);
        argv.add("-Fc");
        argv.add("-w");
        connection(argv, request, address);
        if (request.schema() != null) {
            argv.add("-n");
            argv.add(schemaPattern(request.schema()));
        }
        argv.add("-f");
        argv.add(file.toString());
        return argv;
    }

    /** The restore command line, with the non-secret connection settings as variables before it. */
    public static String restoreCommand(String tool, BackupRequest request, ServerAddress address, Path file) {
        List<String> argv = new ArrayList<>();
        argv.add(tool);
        argv.add("--clean");
        argv.add("--if-exists");
        argv.add("--no-owner");
        connection(argv, request, address);
        argv.add(file.toString());
        return Shell.withVariables(settings(address), Shell.join(argv));
    }

    private static void connection(List<String> argv, BackupRequest request, ServerAddress address) {
        argv.add("-h");
        argv.add(String.join(",", address.hosts()));
        argv.add("-p");
        List<String> ports = new ArrayList<>();
        for (int port : address.ports()) {
            ports.add(Integer.toString(port));
        }
        argv.add(String.join(",", ports));
        if (request.url().user() != null) {
            argv.add("-U");
            argv.add(request.url().user());
        }
        argv.add("-d");
        argv.add(databaseArgument(address.database()));
    }

    /**
     * The database for {@code -d}. pg_dump reads a {@code -d} value with '=' or a URI prefix as a
     * connection string, so such a name is passed as {@code dbname='...'}.
     */
    public static String databaseArgument(String database) {
        String lower = database.toLowerCase(Locale.ROOT);
        if (database.indexOf('=') < 0 && !lower.startsWith("postgresql:") && !lower.startsWith("postgres:")) {
            return database;
        }
        return "dbname='" + database.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** {@code -n} takes a pattern: in double quotes the name is exact (case, '.', '*', '?'). */
    public static String schemaPattern(String schema) {
        return "\"" + schema.replace("\"", "\"\"") + "\"";
    }

    /** The environment pg_dump runs with: the password, and the settings of {@link #settings}. */
    public static Map<String, String> environment(BackupRequest request, ServerAddress address) {
        Map<String, String> env = new LinkedHashMap<>(settings(address));
        if (request.url().password() != null) {
            env.put("PGPASSWORD", request.url().password());
        }
        env.put("PGAPPNAME", "godwit-backup");
        return env;
    }

    /** The JDBC URL's TLS and timeout parameters as libpq variables (none of them secret). */
    public static Map<String, String> settings(ServerAddress address) {
        Map<String, String> p = address.parameters();
        Map<String, String> env = new LinkedHashMap<>();
        String sslmode = p.get("sslmode");
        if (sslmode != null && !sslmode.isEmpty()) {
            env.put("PGSSLMODE", sslmode);
        } else if (p.containsKey("ssl") && !"false".equalsIgnoreCase(p.get("ssl"))) {
            env.put("PGSSLMODE", "verify-full"); // pgjdbc's meaning of ssl=true
        }
        if (p.get("sslrootcert") != null && !p.get("sslrootcert").isEmpty()) {
            env.put("PGSSLROOTCERT", p.get("sslrootcert"));
        }
        String timeout = p.get("connecttimeout");
        if (timeout != null && timeout.matches("[0-9]{1,6}")) {
            env.put("PGCONNECT_TIMEOUT", timeout);
        }
        return env;
    }

    public static List<String> notes(BackupRequest request, ServerAddress address) {
        List<String> notes = new ArrayList<>();
        if (request.url().password() != null) {
            notes.add("The restore command asks for the password"
                    + (request.url().user() == null ? "" : " of user " + request.url().user())
                    + "; to run it without the prompt, set PGPASSWORD in its environment or use a ~/.pgpass file.");
        }
        if (request.schema() != null) {
            notes.add("The restore replaces the objects of schema " + request.schema() + " that are in the backup but"
                    + " keeps objects created after it (pg_restore then reports that it cannot drop the schema);"
                    + " for an exact copy run DROP SCHEMA " + quoteIdentifier(request.schema())
                    + " CASCADE first.");
        } else {
            notes.add("The restore replaces the objects that are in the backup but keeps objects created after it;"
                    + " drop those first for an exact copy.");
        }
        return notes;
    }

    private static String quoteIdentifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String describe(BackupRequest request, ServerAddress address) {
        return "database " + address.database() + (request.schema() == null ? "" : " schema " + request.schema())
                + " on " + address.display();
    }

    /** The error for a pg_dump that exited with an error: what it said, and what to do. */
    public static GodwitException failure(ToolLocator.Tool tool, ToolProcess.Result result, BackupRequest request,
            ServerAddress address) {
        String what = describe(request, address);
        if (result.stderrContains("server version mismatch")) {
            String server = null;
            String dump = null;
            for (String line : result.stderr()) {
                Matcher m = VERSIONS.matcher(line);
                if (m.find()) {
                    server = m.group(1).strip();
                    dump = m.group(2).strip();
                }
            }
            String major = server == null ? null : major(server);
            return new GodwitException(ErrorCode.BACKUP_FAILED,
                    "Backup failed: pg_dump " + (dump == null ? "" : dump + " ") + "(" + tool.path()
                    + ") is older than the PostgreSQL " + (server == null ? "" : server + " ") + "server of " + what
                    + "; pg_dump only backs up servers of its own major version or older:\n" + result.stderrBlock(),
                    "Install the PostgreSQL " + (major == null ? "" : major + " ") + "client tools (Debian/Ubuntu: "
                            + "apt-get install postgresql-client" + (major == null ? "" : "-" + major)
                            + " from apt.postgresql.org) and set -D" + ToolLocator.propertyName(KEY) + " or "
                            + ToolLocator.variableName(KEY) + " to their pg_dump"
                            + (major == null ? "" : " (for example /usr/lib/postgresql/" + major + "/bin/pg_dump)")
                            + ", or run without a backup.");
        }
        String hint;
        if (result.stderrContains("password authentication failed") || result.stderrContains("no password supplied")
                || result.stderrContains("authentication failed")) {
            hint = "Check the user name and password in the database URL.";
        } else if (result.stderrContains("no matching schemas")) {
            hint = "Check the schema name (it is case-sensitive): schema " + request.schema() + " does not exist.";
        } else if (result.stderrContains("database \"") && result.stderrContains("does not exist")) {
            hint = "Check the database name in the URL.";
        } else if (result.stderrContains("could not connect") || result.stderrContains("connection refused")
                || result.stderrContains("could not translate host name") || result.stderrContains("timeout expired")) {
            hint = "Is the PostgreSQL server running and reachable at " + address.display() + " from this machine?";
        } else if (result.stderrContains("permission denied")) {
            hint = "The user must be able to read everything it backs up (USAGE on the schemas, SELECT on tables and"
                    + " sequences): run the backup as the owner, or grant those.";
        } else {
            hint = "Fix the cause shown above, or run without a backup.";
        }
        if (!hint.endsWith("without a backup.")) {
            hint += " Or run without a backup.";
        }
        return new GodwitException(ErrorCode.BACKUP_FAILED,
                "Backup failed: pg_dump (" + tool.path() + ") exited with code " + result.exitCode()
                + " backing up " + what + ":\n" + result.stderrBlock(), hint);
    }

    /** "16" for "16.2 (Debian ...)", "9.6" for "9.6.24"; null when unreadable. */
    public static String major(String version) {
        Matcher m = Pattern.compile("^(\\d+)(?:\\.(\\d+))?").matcher(version);
        if (!m.find()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        return first >= 10 || m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2);
    }
}
