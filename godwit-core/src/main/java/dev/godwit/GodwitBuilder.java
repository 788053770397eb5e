package dev.godwit;

import dev.godwit.api.Confirmation;
import dev.godwit.api.JavaRevision;
import dev.godwit.api.MigrationListener;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.config.SettingsLoader;
import dev.godwit.internal.connect.DataSourceUrl;
import dev.godwit.internal.run.SafetyPolicy;
import dev.godwit.internal.usecase.JavaRevisionSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Godwit} ({@link Godwit#configure()}): where the project is, which database, and
 * how a protected environment is confirmed. Values set here override godwit.toml.
 */
public final class GodwitBuilder {
    private Path baseDir = Path.of("").toAbsolutePath();
    private Path configFile;
    private String environment;
    private String url;
    private javax.sql.DataSource dataSource;
    private String urlSourceLabel = "api";
    private Path migrations;
    private String versionTable;
    private String schema;
    private java.time.Duration lockTimeout;
    private java.time.Duration connectTimeout;
    private java.time.Duration statementLockTimeout;
    private Boolean backup;
    private Path backupDir;
    private String user;
    private String password;
    private String model;
    private List<Path> modelClasspath;
    private Map<String, String> env = System.getenv();
    private MigrationListener listener = MigrationListener.NONE;
    private Confirmation confirmation;
    private boolean allowDestructive;
    private ClassLoader classLoader;
    private List<String> javaRevisionPackages = List.of();
    private final List<JavaRevision> javaRevisions = new ArrayList<>();

    GodwitBuilder() {
    }

    /** The folder the run behaves as if started in (godwit.toml, relative paths). */
    public GodwitBuilder baseDirectory(Path dir) {
        this.baseDir = dir.toAbsolutePath().normalize();
        return this;
    }

    /** An explicit godwit.toml; it must exist. */
    public GodwitBuilder configFile(Path file) {
        this.configFile = file;
        return this;
    }

    /** The `[environments.NAME]` table to apply. */
    public GodwitBuilder environment(String name) {
        this.environment = name;
        return this;
    }

    /** The database URL (JDBC or `postgres://user:pass@host/db` form); wins over every other source. */
    public GodwitBuilder url(String url) {
        this.url = url;
        return this;
    }

    /**
     * Connects through the application's own DataSource (a pool, a test container's) instead of a
     * URL; wins over every URL. One connection is borrowed at {@link #load()} to read the database's
     * URL and user from its metadata; each connection Godwit borrows gets its session settings (the
     * schema or database in use, the lock timeout) back when it is returned.
     */
    public GodwitBuilder dataSource(javax.sql.DataSource source) {
        this.dataSource = source;
        return this;
    }

    /** How the URL's source is named in `current --verbose` (the CLI says `--url`). */
    public GodwitBuilder urlSourceLabel(String label) {
        this.urlSourceLabel = label;
        return this;
    }

    public GodwitBuilder migrations(Path folder) {
        this.migrations = folder;
        return this;
    }

    public GodwitBuilder versionTable(String table) {
        this.versionTable = table;
        return this;
    }

    public GodwitBuilder schema(String schema) {
        this.schema = schema;
        return this;
    }

    /** How long to wait for another run's lock before giving up (default 60 s, `lock_timeout`). */
    public GodwitBuilder lockTimeout(java.time.Duration timeout) {
        this.lockTimeout = timeout;
        return this;
    }

    /** How long to wait for the server to answer a connection (default 10 s, `connect_timeout`; zero: forever). */
    public GodwitBuilder connectTimeout(java.time.Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    /**
     * How long a statement of a revision waits for a lock another session holds (default 10 s,
     * `statement_lock_timeout`; zero: forever).
     */
    public GodwitBuilder statementLockTimeout(java.time.Duration timeout) {
        this.statementLockTimeout = timeout;
        return this;
    }

    /** Take a backup with the database's own tool before each upgrade or downgrade (`backup = true`). */
    public GodwitBuilder backup(boolean backup) {
        this.backup = backup;
        return this;
    }

    /**
     * Where backups go, created when missing (`backup_dir`, default {@code backups}); a relative
     * folder is resolved against the {@link #baseDirectory}. Replaces godwit.toml's {@code backup_dir}.
     */
    public GodwitBuilder backupDirectory(Path folder) {
        this.backupDir = folder;
        return this;
    }

    /**
     * The user and/or password to connect with (null keeps the URL's or godwit.toml's); they replace
     * the credentials of whichever URL is chosen, as the {@code user} and {@code password} keys do.
     */
    public GodwitBuilder credentials(String user, String password) {
        this.user = user;
        this.password = password;
        return this;
    }

    /** The desired schema ({@code model}): a DDL folder or file, or {@code jpa:com.example.model}. */
    public GodwitBuilder model(String model) {
        this.model = model;
        return this;
    }

    /**
     * The classes a {@code jpa:} model is read from and what they need (a build's classes folder and
     * dependency jars), replacing godwit.toml's {@code classpath}; relative entries start at the base folder.
     */
    public GodwitBuilder modelClasspath(List<Path> entries) {
        this.modelClasspath = List.copyOf(entries);
        return this;
    }

    /** The environment variables for `${VAR}` and DATABASE_URL (default: the process's). */
    public GodwitBuilder environmentVariables(Map<String, String> variables) {
        this.env = Map.copyOf(variables);
        return this;
    }

    public GodwitBuilder listener(MigrationListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Who confirms a change in a protected environment ({@code confirm = true}); without one,
     * such an environment refuses every upgrade and downgrade that would run something.
     */
    public GodwitBuilder confirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
        return this;
    }

    /**
     * Lets a protected environment run a plan that may lose data (a downgrade, a statement that
     * drops or loses data); it still needs the confirmation. Default: refused.
     */
    public GodwitBuilder allowDestructive(boolean allow) {
        this.allowDestructive = allow;
        return this;
    }

    /**
     * Java revisions given as objects, in the graph beside the revision files. Calls add up.
     */
    public GodwitBuilder javaRevisions(JavaRevision... revisions) {
        this.javaRevisions.addAll(List.of(revisions));
        return this;
    }

    /**
     * Packages (with their sub-packages) whose classes implementing {@link JavaRevision} are Java
     * revisions, found in the directories and jars of {@link #classLoader}; replaces
     * {@code java_revisions} of godwit.toml.
     */
    public GodwitBuilder javaRevisionPackages(String... packages) {
        this.javaRevisionPackages = List.of(packages);
        return this;
    }

    /**
     * The class loader Java revision packages are scanned in, and the parent of the loader of
     * compiled {@code .java} revisions (so they see the application's classes). Default: Godwit's.
     */
    public GodwitBuilder classLoader(ClassLoader loader) {
        this.classLoader = loader;
        return this;
    }

    public Godwit load() {
        DatabaseUrl lent = dataSource == null ? null : DataSourceUrl.of(dataSource);
        Settings settings = SettingsLoader.load(new SettingsLoader.LoadRequest(baseDir, configFile, environment,
                lent == null ? url : lent.jdbcUrl(), urlSourceLabel, env));
        if (lent != null) {
            settings = settings.withUrl(lent, "dataSource");
        }
        if (user != null || password != null) {
            settings = settings.withUrl(settings.url().withCredentials(user, password), settings.urlSource());
        }
        if (model != null) {
            settings = settings.withModel(model);
        }
        if (modelClasspath != null) {
            settings = settings.withModelOptions(settings.modelOptions().withClasspath(
                    modelClasspath.stream().map(p -> baseDir.resolve(p).toString()).toList()));
        }
        if (migrations != null) {
            settings = settings.withMigrations(baseDir.resolve(migrations).normalize());
        }
        if (versionTable != null) {
            settings = settings.withVersionTable(versionTable);
        }
        if (schema != null) {
            settings = settings.withSchema(schema);
        }
        if (lockTimeout != null) {
            settings = settings.withLockTimeout(lockTimeout);
        }
        if (backup != null) {
            settings = settings.withBackup(backup);
        }
        if (backupDir != null) {
            settings = settings.withBackupDir(baseDir.resolve(backupDir).normalize());
        }
        if (connectTimeout != null) {
            settings = settings.withTimeouts(settings.timeouts().withConnect(connectTimeout));
        }
        if (statementLockTimeout != null) {
            settings = settings.withTimeouts(settings.timeouts().withStatementLock(statementLockTimeout));
        }
        return new Godwit(settings, listener,
                JavaRevisionSetup.files(settings, classLoader, javaRevisionPackages, javaRevisions, env), env,
                SafetyPolicy.of(settings, confirmation, allowDestructive));
    }
}
