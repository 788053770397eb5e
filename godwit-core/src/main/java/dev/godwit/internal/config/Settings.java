package dev.godwit.internal.config;

import dev.godwit.spi.ModelOptions;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The one resolved, immutable configuration of a run: where the database is, where the revision
 * files are, and how Godwit behaves. {@link SettingsLoader} builds it from {@code godwit.toml},
 * the environment and the command line; Java API users start from {@link #defaults(Path)} and use
 * the {@code withX} methods. Paths are absolute: relative ones given to the constructor or a
 * {@code withX} method are resolved against {@link #baseDir()}; blank optional strings become null.
 *
 * @param baseDir the working directory the run behaves as if started in
 * @param configFile the config file read, or null when none
 * @param environment the environment chosen with {@code -e}, or null
 * @param url the database to migrate
 * @param urlSource where {@code url} came from, for display ({@code --url}, {@code DATABASE_URL}, ...)
 * @param migrations the folder of revision files
 * @param fileTemplate the name template of new revision files
 * @param versionTable the table holding the current revision(s)
 * @param historyTable the table logging every migration run
 * @param schema the schema of Godwit's tables, or null for the connection's default
 * @param lockTimeout how long to wait for the migration lock
 * @param confirm whether to ask before changing the database
 * @param backup whether to back the database up before migrating
 * @param backupDir where backups go
 * @param model the schema model to compare against, or null
 * @param devUrl a scratch database URL for diffing, or null (may hold a password: shown masked)
 * @param excludeTables tables Godwit leaves alone when comparing schemas
 * @param excludeToolTables whether schema comparison also leaves alone other migration tools'
 *     bookkeeping tables ({@code alembic_version}, {@code flyway_schema_history}, Liquibase's
 *     {@code databasechangelog} and {@code databasechangeloglock})
 * @param timeouts how long to wait on the server: connecting, and a statement waiting for a lock
 * @param targets the {@code dialects} revisions are written for and their {@code dev_urls}
 * @param modelOptions how a model other than a DDL folder is read: the classpath of a JPA model and
 *     its naming strategies
 * @param backupCommand the shell command each finished backup is handed to ({@code backup_command}), or
 *     null for none; see {@code backup.BackupHandoff}
 * @param javaRevisions the packages scanned for Java revisions on the application's class path
 *     ({@code java_revisions}); see {@code javarev.JavaRevisionLoader}
 */
public record Settings(
        Path baseDir,
        Path configFile,
        String environment,
        DatabaseUrl url,
        String urlSource,
        Path migrations,
        String fileTemplate,
        String versionTable,
        String historyTable,
        String schema,
        Duration lockTimeout,
        boolean confirm,
        boolean backup,
        Path backupDir,
        String model,
        String devUrl,
        List<String> excludeTables,
        boolean excludeToolTables,
        Timeouts timeouts,
        ModelOptions modelOptions,
        DialectTargets targets,
        String backupCommand,
        List<String> javaRevisions) {

    /** The URL used when nothing names one: a SQLite file {@code godwit.db} in the base folder. */
    public static final String DEFAULT_URL = "sqlite:///godwit.db";
    /** The default revision folder, relative to the base folder. */
    public static final String DEFAULT_MIGRATIONS = "migrations/versions";
    /** The default revision file name template. */
    public static final String DEFAULT_FILE_TEMPLATE = "{date}_{time}_{rev}_{slug}";
    /** The default version table. */
    public static final String DEFAULT_VERSION_TABLE = "godwit_version";
    /** The default history table. */
    public static final String DEFAULT_HISTORY_TABLE = "godwit_history";
    /** The default lock timeout. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    /** The default backup folder, relative to the base folder. */
    public static final String DEFAULT_BACKUP_DIR = "backups";
    /** The {@link #urlSource()} of a URL set through the Java API. */
    public static final String SOURCE_API = "api";
    /** The {@link #urlSource()} of the default URL. */
    public static final String SOURCE_DEFAULT = "default";

    public Settings {
        Objects.requireNonNull(baseDir, "baseDir");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(urlSource, "urlSource");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(backupDir, "backupDir");
        Objects.requireNonNull(excludeTables, "excludeTables");
        baseDir = baseDir.toAbsolutePath().normalize();
        configFile = configFile == null ? null : baseDir.resolve(configFile).normalize();
        migrations = baseDir.resolve(migrations).normalize();
        backupDir = baseDir.resolve(backupDir).normalize();
        fileTemplate = requireText(fileTemplate, "fileTemplate");
        versionTable = requireText(versionTable, "versionTable");
        historyTable = requireText(historyTable, "historyTable");
        if (versionTable.equals(historyTable)) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "The version table and the history table are both named '"
                    + versionTable + "'.", "Give them different names.");
        }
        if (lockTimeout.isNegative()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "The lock timeout " + Durations.describe(lockTimeout) + " is negative.",
                    "Give a timeout of zero or more seconds.");
        }
        schema = blankToNull(schema);
        model = blankToNull(model);
        devUrl = blankToNull(devUrl);
        excludeTables = List.copyOf(excludeTables);
        timeouts = timeouts == null ? Timeouts.DEFAULTS : timeouts;
        modelOptions = modelOptions == null ? ModelOptions.NONE : modelOptions;
        targets = targets == null ? DialectTargets.NONE : targets;
        backupCommand = blankToNull(backupCommand);
        javaRevisions = javaRevisions == null ? List.of() : List.copyOf(javaRevisions);
    }

    /** Settings with no {@code java_revisions} packages. */
    public Settings(Path baseDir, Path configFile, String environment, DatabaseUrl url, String urlSource,
            Path migrations, String fileTemplate, String versionTable, String historyTable, String schema,
            Duration lockTimeout, boolean confirm, boolean backup, Path backupDir, String model, String devUrl,
            List<String> excludeTables, boolean excludeToolTables, Timeouts timeouts, ModelOptions modelOptions,
            DialectTargets targets, String backupCommand) {
        this(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate, versionTable, historyTable,
                schema, lockTimeout, confirm, backup, backupDir, model, devUrl, excludeTables, excludeToolTables,
                timeouts, modelOptions, targets, backupCommand, List.of());
    }

    /** Settings with no {@code backup_command}. */
    public Settings(Path baseDir, Path configFile, String environment, DatabaseUrl url, String urlSource,
            Path migrations, String fileTemplate, String versionTable, String historyTable, String schema,
            Duration lockTimeout, boolean confirm, boolean backup, Path backupDir, String model, String devUrl,
            List<String> excludeTables, boolean excludeToolTables, Timeouts timeouts, ModelOptions modelOptions,
            DialectTargets targets) {
        this(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate, versionTable, historyTable,
                schema, lockTimeout, confirm, backup, backupDir, model, devUrl, excludeTables, excludeToolTables,
                timeouts, modelOptions, targets, null);
    }

    /** Settings with no {@code dialects} and no {@code dev_urls}. */
    public Settings(Path baseDir, Path configFile, String environment, DatabaseUrl url, String urlSource,
            Path migrations, String fileTemplate, String versionTable, String historyTable, String schema,
            Duration lockTimeout, boolean confirm, boolean backup, Path backupDir, String model, String devUrl,
            List<String> excludeTables, boolean excludeToolTables, Timeouts timeouts, ModelOptions modelOptions) {
        this(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate, versionTable, historyTable,
                schema, lockTimeout, confirm, backup, backupDir, model, devUrl, excludeTables, excludeToolTables,
                timeouts, modelOptions, DialectTargets.NONE);
    }

    /** The databases revisions get a section each for ({@code dialects}); empty: shared sections only. */
    public List<String> dialects() {
        return targets.dialects();
    }

    /** Settings with no {@link ModelOptions}. */
    public Settings(Path baseDir, Path configFile, String environment, DatabaseUrl url, String urlSource,
            Path migrations, String fileTemplate, String versionTable, String historyTable, String schema,
            Duration lockTimeout, boolean confirm, boolean backup, Path backupDir, String model, String devUrl,
            List<String> excludeTables, boolean excludeToolTables, Timeouts timeouts) {
        this(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate, versionTable, historyTable,
                schema, lockTimeout, confirm, backup, backupDir, model, devUrl, excludeTables, excludeToolTables,
                timeouts, ModelOptions.NONE);
    }

    /** Settings with the default {@link Timeouts}. */
    public Settings(Path baseDir, Path configFile, String environment, DatabaseUrl url, String urlSource,
            Path migrations, String fileTemplate, String versionTable, String historyTable, String schema,
            Duration lockTimeout, boolean confirm, boolean backup, Path backupDir, String model, String devUrl,
            List<String> excludeTables) {
        this(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate, versionTable, historyTable,
                schema, lockTimeout, confirm, backup, backupDir, model, devUrl, excludeTables, true,
                Timeouts.DEFAULTS);
    }

    /** The configuration of a run with no config file, no environment variables and no flags. */
    public static Settings defaults(Path baseDir) {
        Path base = baseDir.toAbsolutePath().normalize();
        return new Settings(base, null, null, DatabaseUrl.parse(DEFAULT_URL, base), SOURCE_DEFAULT,
                base.resolve(DEFAULT_MIGRATIONS), DEFAULT_FILE_TEMPLATE, DEFAULT_VERSION_TABLE,
                DEFAULT_HISTORY_TABLE, null, DEFAULT_LOCK_TIMEOUT, false, false,
                base.resolve(DEFAULT_BACKUP_DIR), null, null, List.of(), true, Timeouts.DEFAULTS);
    }

    /** The folder of the config file read, or the base folder when none was: relative model paths start there. */
    public Path configDir() {
        return configFile == null ? baseDir : configFile.getParent();
    }

    /** The {@code model} setting resolved against {@link #configDir()}, or null when none is set. */
    public ModelSpec modelSpec() {
        return model == null ? null : ModelSpec.of(model, configDir());
    }

    /**
     * The scratch database {@code dev_url} names, parsed (a relative SQLite path against the base
     * folder), or null when none is set. Parsed on use, so that an unusable {@code dev_url} fails
     * only the commands that need it.
     *
     * @throws GodwitException when {@code dev_url} is not a usable URL
     */
    public DatabaseUrl devDatabase() {
        return devUrl == null ? null : DatabaseUrl.parse(devUrl, baseDir);
    }

    /** These settings with another database URL, {@code source} saying where it came from. */
    public Settings withUrl(DatabaseUrl newUrl, String source) {
        return new Settings(baseDir, configFile, environment, newUrl, source, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with the database URL {@code newUrl} (any form {@link DatabaseUrl#parse} reads), source "api". */
    public Settings withUrl(String newUrl) {
        return withUrl(DatabaseUrl.parse(newUrl, baseDir), SOURCE_API);
    }

    /** These settings with another revision folder (relative: to {@link #baseDir()}). */
    public Settings withMigrations(Path newMigrations) {
        return new Settings(baseDir, configFile, environment, url, urlSource, newMigrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with another revision file name template. */
    public Settings withFileTemplate(String newFileTemplate) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, newFileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with another version table name. */
    public Settings withVersionTable(String newVersionTable) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                newVersionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with another history table name. */
    public Settings withHistoryTable(String newHistoryTable) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, newHistoryTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with Godwit's tables in another schema (null: the connection's default). */
    public Settings withSchema(String newSchema) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, newSchema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with another lock timeout. */
    public Settings withLockTimeout(Duration newLockTimeout) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, newLockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings asking (or not) before changing the database. */
    public Settings withConfirm(boolean newConfirm) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, newConfirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings backing the database up (or not) before migrating. */
    public Settings withBackup(boolean newBackup) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, newBackup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with another backup folder (relative: to {@link #baseDir()}). */
    public Settings withBackupDir(Path newBackupDir) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, newBackupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with another schema model (null: none). */
    public Settings withModel(String newModel) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, newModel, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with another scratch database URL (null: none). */
    public Settings withDevUrl(String newDevUrl) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, newDevUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings leaving other tables alone when comparing schemas. */
    public Settings withExcludeTables(List<String> newExcludeTables) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                newExcludeTables, excludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings leaving other migration tools' bookkeeping tables alone (or comparing them). */
    public Settings withExcludeToolTables(boolean newExcludeToolTables) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, newExcludeToolTables, timeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with other timeouts. */
    public Settings withTimeouts(Timeouts newTimeouts) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, newTimeouts, modelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with other model options. */
    public Settings withModelOptions(ModelOptions newModelOptions) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, newModelOptions, targets, backupCommand, javaRevisions);
    }

    /** These settings with other {@code dialects} and {@code dev_urls}. */
    public Settings withTargets(DialectTargets newTargets) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, newTargets, backupCommand);
    }

    /** These settings handing each finished backup to another command (null: to none). */
    public Settings withBackupCommand(String newBackupCommand) {
        return new Settings(baseDir, configFile, environment, url, urlSource, migrations, fileTemplate,
                versionTable, historyTable, schema, lockTimeout, confirm, backup, backupDir, model, devUrl,
                excludeTables, excludeToolTables, timeouts, modelOptions, targets, newBackupCommand);
    }

    /** All settings on one line, the URLs masked. */
    @Override
    public String toString() {
        return "Settings[baseDir=" + baseDir + ", configFile=" + configFile + ", environment=" + environment
                + ", url=" + url.masked() + ", urlSource=" + urlSource + ", migrations=" + migrations
                + ", fileTemplate=" + fileTemplate + ", versionTable=" + versionTable
                + ", historyTable=" + historyTable + ", schema=" + schema + ", lockTimeout=" + lockTimeout
                + ", confirm=" + confirm + ", backup=" + backup + ", backupDir=" + backupDir
                + ", model=" + model + ", devUrl=" + DatabaseUrl.mask(devUrl)
                + ", excludeTables=" + excludeTables + ", excludeToolTables=" + excludeToolTables + ", timeouts=" + timeouts
                + ", modelOptions=" + modelOptions + ", targets=" + targets
                + ", backupCommand=" + (backupCommand == null ? null : "set") + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "The setting " + name + " is empty.", "Give it a value, or leave the default.");
        }
        return value;
    }
}
