package dev.godwit.api;

import dev.godwit.internal.autogen.Comparison;
import dev.godwit.internal.autogen.DiffReport;
import dev.godwit.internal.autogen.SchemaComparer;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.config.SettingsLoader;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.SchemaDiffer;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.graph.RevisionGraph;
import dev.godwit.internal.render.SectionText;
import dev.godwit.internal.run.AtHead;
import dev.godwit.internal.run.OfflineScript;
import dev.godwit.internal.run.RevisionAuthor;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import dev.godwit.internal.run.Session;
import dev.godwit.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Godwit's entry point for Java code:
 *
 * <pre>{@code
 * Godwit godwit = Godwit.configure().url("postgres://app@localhost/app").migrations(Path.of("migrations/versions")).load();
 * MigrationResult result = godwit.upgrade("head");
 * }</pre>
 *
 * Every method returns a result and never prints; every problem a user can act on is a
 * {@link GodwitException}. Each call opens its own connection and closes it before returning.
 */
public final class Godwit {
    /** A range that names the database's state: `current`, or a step relative to it (`-1:`, `label@+2`). */
    private static final java.util.regex.Pattern RELATIVE_RANGE =
            java.util.regex.Pattern.compile("current|(^|[:@])[+-]\\d");

    private final Settings settings;
    private final Session session;
    private final RevisionFiles files;
    /** The environment variables the configuration was read with (the builder's). */
    private final Map<String, String> env;

    private Godwit(Settings settings, MigrationListener listener, RevisionFiles files, Map<String, String> env) {
        this.settings = settings;
        this.session = new Session(settings, Databases.of(settings.url().kind()), listener);
        this.files = files;
        this.env = env;
    }

    /** Starts a configuration. By default it reads godwit.toml in the working directory, if there is one. */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * Creates a project in {@code dir}: a godwit.toml (SQLite by default) and an empty migrations folder.
     *
     * @return the godwit.toml written
     */
    public static Path init(Path dir) {
        Path config = dir.resolve("godwit.toml");
        if (Files.exists(config)) {
            throw new GodwitException(config + " already exists", "Edit it, or run init in another folder.");
        }
        try {
            Files.createDirectories(dir.resolve("migrations").resolve("versions"));
            Files.writeString(config, dev.godwit.internal.config.ConfigTemplate.render("migrations/versions"));
        } catch (IOException e) {
            throw new GodwitException("Could not create " + config + ": " + e.getMessage(),
                    "Check that the folder is writable.", e);
        }
        return config;
    }

    /** The resolved configuration, password masked. */
    public ConfigurationInfo configuration() {
        return new ConfigurationInfo(settings.url().masked(), settings.urlSource(), session.dialect().kind().displayName(),
                settings.configFile(), settings.environment(), settings.migrations(), settings.versionTable(),
                settings.schema(), databaseName(), settings.confirm(), settings.backup(), settings.backupDir(),
                session.database().name());
    }

    /**
     * Starts reading the revision files, and checksumming their statements, on a background thread,
     * so that the next call that needs them (an upgrade, a validation) finds them read; meanwhile the
     * calling thread gets the JDBC driver ready (without connecting). Useful when the caller has
     * other start-up work to do meanwhile; a problem with the files is reported by that next call,
     * as without a preload.
     *
     * @return this
     */
    public Godwit preload() {
        files.preload(session.splitterOptions());
        session.warmUp();
        return this;
    }

    /**
     * This Godwit, reporting progress to {@code listener}; it shares the configuration and the
     * revision files already read (or being read by {@link #preload()}).
     */
    /**
     * The passwords this configuration holds (the database URL's, the scratch database's), for
     * scrubbing them from anything shown: a server's message may quote one.
     */
    public dev.godwit.internal.config.Secrets secrets() {
        dev.godwit.internal.config.DatabaseUrl scratch = null;
        if (settings.devUrl() != null) {
            try {
                scratch = dev.godwit.internal.config.DatabaseUrl.parse(settings.devUrl(), settings.baseDir());
            } catch (GodwitException e) {
                // an unusable dev_url is reported where it is used; its masked form shows no password
            }
        }
        return dev.godwit.internal.config.Secrets.of(settings.url(), scratch);
    }

    public Godwit withListener(MigrationListener listener) {
        return new Godwit(settings, listener, files, env);
    }

    /** Applies revisions up to {@code target} (`head`, `heads`, a revision, `+2`, `label@head`…). */
    public MigrationResult upgrade(String target) {
        return session.migrate(files, true, target, PartialRevision.REFUSE);
    }

    /** Undoes revisions down to {@code target} (a revision, `-1`, `base`, `label@-1`…). */
    public MigrationResult downgrade(String target) {
        return session.migrate(files, false, target, PartialRevision.REFUSE);
    }

    /**
     * Upgrades ({@code up}) or downgrades to {@code target}, doing {@code partial} about a revision an
     * earlier run left half applied: resume it, or undo its applied statements (then {@code target}
     * is not used and nothing else runs).
     */
    public MigrationResult migrate(boolean up, String target, PartialRevision partial) {
        return session.migrate(files, up, target, partial);
    }

    /** What an upgrade ({@code up}) or downgrade to {@code target} would run now, without running it. */
    public MigrationPreview preview(boolean up, String target) {
        return session.preview(files, up, target);
    }

    /** The SQL an upgrade would run, for `[FROM:]TO` (FROM defaults to base), without connecting. */
    public String upgradeSql(String range) {
        int colon = range.indexOf(':');
        String from = colon <= 0 ? "base" : range.substring(0, colon);
        String to = colon < 0 ? range : range.substring(colon + 1);
        Revisions revs = revisions();
        Planner planner = new Planner(revs.graph());
        String target = to.isEmpty() ? "heads" : to;
        Planner.Plan plan = planner.upgrade(planner.resolveRows(from), target);
        return new OfflineScript(session.dialect(), revs, session.versions(), settings.schema()).render(plan, from, target);
    }

    /** The SQL a downgrade would run, for `FROM:TO`, without connecting. */
    public String downgradeSql(String range) {
        int colon = range.indexOf(':');
        if (colon <= 0 || colon == range.length() - 1) {
            throw new GodwitException("Offline downgrade needs a range FROM:TO, got '" + range + "'",
                    "For example `godwit downgrade --sql head:base` or `--sql 3f2a9c1b7d4e:-1`.");
        }
        String from = range.substring(0, colon);
        String to = range.substring(colon + 1);
        Revisions revs = revisions();
        Planner planner = new Planner(revs.graph());
        Planner.Plan plan = planner.downgrade(planner.resolveRows(from), to);
        return new OfflineScript(session.dialect(), revs, session.versions(), settings.schema()).render(plan, from, to);
    }

    /** Where the database stands. */
    public Status current() {
        return session.connected(files, false, (connection, source) -> {
            Set<String> rows = session.rows(connection);
            Revisions revs = source.get();
            RevisionGraph graph = revs.graph();
            Set<String> known = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String row : orEmpty(rows)) {
                (graph.contains(row) ? known : unknown).add(row);
            }
            int pending = unknown.isEmpty() ? graph.size() - graph.applied(known).size() : -1;
            return new Status(settings.url().masked(), settings.urlSource(), session.dialect().kind().displayName(),
                    settings.versionTable(), rows != null, revs.infosOf(known, known), unknown,
                    revs.infosOf(graph.heads(), known), pending);
        });
    }

    /**
     * Revisions newest first, limited to {@code range} (`A:B`, `A:`, `:B`, null for all).
     * With {@code readDatabase}, the database is read so that `current` marks and relative ranges work.
     */
    public List<RevisionInfo> history(String range, boolean readDatabase) {
        Revisions revs = revisions();
        boolean needsDatabase = readDatabase || (range != null && RELATIVE_RANGE.matcher(range).find());
        Set<String> rows = needsDatabase ? orEmpty(session.connected(session::rows)) : Set.of();
        return revs.infos(new Planner(revs.graph()).history(range, rows), rows);
    }

    /** The heads of the revision graph. */
    public List<RevisionInfo> heads() {
        Revisions revs = revisions();
        return revs.infosOf(revs.graph().heads(), Set.of());
    }

    /** The branch points of the revision graph (revisions with two or more children). */
    public List<RevisionInfo> branchPoints() {
        Revisions revs = revisions();
        List<RevisionInfo> out = new ArrayList<>();
        for (var r : revs.graph().revisions()) {
            if (revs.graph().isBranchPoint(r.id())) {
                out.add(revs.info(r.id(), Set.of()));
            }
        }
        return out;
    }

    /** The revisions that revise {@code id}. */
    public List<RevisionInfo> children(String id) {
        Revisions revs = revisions();
        return revs.infosOf(revs.graph().children(id), Set.of());
    }

    /** One revision, by any target that names exactly one (`head`, a prefix, a label…). */
    public RevisionInfo show(String target) {
        Revisions revs = revisions();
        Set<String> ids = new Planner(revs.graph()).resolveRows(target);
        if (ids.size() != 1) {
            throw new GodwitException(ids.isEmpty() ? "'" + target + "' names no revision"
                    : "'" + target + "' names " + ids.size() + " revisions: " + String.join(", ", ids),
                    ids.isEmpty() ? "Show a revision by its id, a prefix, `head` or `label@head`."
                            : "Show one of them by its id.");
        }
        return revs.info(ids.iterator().next(), Set.of());
    }

    /** Sets the version table to {@code target} without running any revision; recorded in the audit history. */
    public StampResult stamp(String target, boolean purge) {
        return session.stamp(files, target, purge);
    }

    /** Checks that the graph loads, every applied revision has its file, and none was edited after it was applied. */
    public ValidationResult validate() {
        return session.validate(files);
    }

    /** Accepts the current content of an applied, edited revision (recorded in the audit history). */
    public AuditEntry acceptChecksum(String revision) {
        return session.accept(files, revision);
    }

    /** The audit history, newest first; {@code limit} &lt;= 0 for all of it. */
    public List<AuditEntry> log(int limit) {
        return session.log(limit);
    }

    /**
     * The live schema (the configured schema, or the connection's default), without Godwit's own
     * tables and those matched by {@code exclude_tables}.
     */
    public Schema inspect() {
        return session.connected(connection -> comparer().inspect(connection));
    }

    /** The DDL that creates {@code schema} on an empty database of this project's kind. */
    public String ddl(Schema schema) {
        ChangeSet create = new SchemaDiffer().diff(Schema.empty(), schema);
        return new SectionText(session.dialect())
                .write(create, session.database().renderer().render(create));
    }

    /**
     * The differences between the database and the desired schema ({@code model}), with the SQL
     * both ways, whatever revision the database is at. Writes nothing.
     */
    public SchemaDiff diff() {
        return compare(false);
    }

    /**
     * Like {@link #diff()}, but the database must be at the head revision(s) first, as for a CI gate:
     * an empty result means the revisions produce the desired schema.
     *
     * @throws GodwitException "Target database is not up to date" when it is not at head
     */
    public SchemaDiff check() {
        return compare(true);
    }

    /**
     * Writes a revision whose upgrade brings the database (which must be at head) to the desired
     * schema and whose downgrade undoes it; writes nothing when nothing differs.
     */
    public AutogenerateResult autogenerate(RevisionRequest request) {
        if (request.message() == null || request.message().isBlank()) {
            throw new GodwitException("A revision needs a message", "Add -m \"what it changes\".");
        }
        SchemaDiff diff = compare(true);
        if (diff.isEmpty()) {
            return new AutogenerateResult(diff, null);
        }
        return new AutogenerateResult(diff,
                revision(request.withSql(diff.upgradeSql(), diff.downgradeSql(), diff.transactional())));
    }

    private SchemaDiff compare(boolean requireHead) {
        SchemaComparer comparer = comparer();
        return session.connected(files, false, (connection, source) -> {
            Set<String> rows = orEmpty(session.rows(connection));
            if (requireHead) {
                AtHead.require(source.get(), rows, settings.migrations());
            }
            Schema desired = comparer.desired(connection);
            Comparison comparison = comparer.compare(comparer.inspect(connection), desired);
            return DiffReport.of(comparison, session.dialect(), List.copyOf(rows));
        });
    }

    private SchemaComparer comparer() {
        return new SchemaComparer(settings, session.database(), env);
    }

    /** Writes a new, empty revision file and returns it. */
    public RevisionInfo revision(RevisionRequest request) {
        Revisions revs = revisions();
        Path file = new RevisionAuthor(revs, settings.migrations(), settings.fileTemplate()).revision(request);
        return reloadAndDescribe(file);
    }

    /** Writes a merge revision of {@code targets} (default: all heads) and returns it. */
    public RevisionInfo merge(String message, List<String> targets, String revId) {
        Revisions revs = revisions();
        Path file = new RevisionAuthor(revs, settings.migrations(), settings.fileTemplate()).merge(message, targets, revId);
        return reloadAndDescribe(file);
    }

    private RevisionInfo reloadAndDescribe(Path file) {
        Revisions revs = files.reload();
        for (var r : revs.graph().revisions()) {
            if (revs.file(r.id()).path().equals(file)) {
                return revs.info(r.id(), Set.of());
            }
        }
        throw new IllegalStateException("the revision just written was not found: " + file);
    }

    /**
     * The name a person types to confirm a change: the database changed (on MySQL/MariaDB the
     * `schema` database when set), or the SQLite file's name.
     */
    private String databaseName() {
        String name = session.dialect().changedDatabase(settings.url().database(), settings.schema());
        if (name == null) {
            return "";
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }

    private Revisions revisions() {
        return files.get();
    }

    private static Set<String> orEmpty(Set<String> rows) {
        return rows == null ? Set.of() : rows;
    }

    /** Builds a {@link Godwit}. Values set here override godwit.toml. */
    public static final class Builder {
        private Path baseDir = Path.of("").toAbsolutePath();
        private Path configFile;
        private String environment;
        private String url;
        private String urlSourceLabel = "api";
        private Path migrations;
        private String versionTable;
        private String schema;
        private java.time.Duration lockTimeout;
        private java.time.Duration connectTimeout;
        private java.time.Duration statementLockTimeout;
        private Boolean backup;
        private Map<String, String> env = System.getenv();
        private MigrationListener listener = MigrationListener.NONE;

        private Builder() {
        }

        /** The folder the run behaves as if started in (godwit.toml, relative paths). */
        public Builder baseDirectory(Path dir) {
            this.baseDir = dir.toAbsolutePath().normalize();
            return this;
        }

        /** An explicit godwit.toml; it must exist. */
        public Builder configFile(Path file) {
            this.configFile = file;
            return this;
        }

        /** The `[environments.NAME]` table to apply. */
        public Builder environment(String name) {
            this.environment = name;
            return this;
        }

        /** The database URL (JDBC or `postgres://user:pass@host/db` form); wins over every other source. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** How the URL's source is named in `current --verbose` (the CLI says `--url`). */
        public Builder urlSourceLabel(String label) {
            this.urlSourceLabel = label;
            return this;
        }

        public Builder migrations(Path folder) {
            this.migrations = folder;
            return this;
        }

        public Builder versionTable(String table) {
            this.versionTable = table;
            return this;
        }

        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /** How long to wait for another run's lock before giving up (default 60 s, `lock_timeout`). */
        public Builder lockTimeout(java.time.Duration timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        /** How long to wait for the server to answer a connection (default 10 s, `connect_timeout`; zero: forever). */
        public Builder connectTimeout(java.time.Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * How long a statement of a revision waits for a lock another session holds (default 10 s,
         * `statement_lock_timeout`; zero: forever).
         */
        public Builder statementLockTimeout(java.time.Duration timeout) {
            this.statementLockTimeout = timeout;
            return this;
        }

        /** Take a backup with the database's own tool before each upgrade or downgrade (`backup = true`). */
        public Builder backup(boolean backup) {
            this.backup = backup;
            return this;
        }

        /** The environment variables for `${VAR}` and DATABASE_URL (default: the process's). */
        public Builder environmentVariables(Map<String, String> variables) {
            this.env = Map.copyOf(variables);
            return this;
        }

        public Builder listener(MigrationListener listener) {
            this.listener = listener;
            return this;
        }

        public Godwit load() {
            Settings settings = SettingsLoader.load(new SettingsLoader.LoadRequest(baseDir, configFile, environment,
                    url, env));
            if (url != null) {
                settings = settings.withUrl(settings.url(), urlSourceLabel);
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
            if (connectTimeout != null) {
                settings = settings.withTimeouts(settings.timeouts().withConnect(connectTimeout));
            }
            if (statementLockTimeout != null) {
                settings = settings.withTimeouts(settings.timeouts().withStatementLock(statementLockTimeout));
            }
            return new Godwit(settings, listener, new RevisionFiles(settings.migrations()), env);
        }
    }
}
