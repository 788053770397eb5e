package dev.godwit;

import dev.godwit.api.AuditEntry;
import dev.godwit.api.AutogenerateResult;
import dev.godwit.api.ConfigurationInfo;
import dev.godwit.api.Confirmation;
import dev.godwit.api.Direction;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.MigrationResult;
import dev.godwit.api.MigrationTestReport;
import dev.godwit.api.PartialRevision;
import dev.godwit.api.Plan;
import dev.godwit.api.Redaction;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRequest;
import dev.godwit.api.SchemaDiff;
import dev.godwit.api.StampPlan;
import dev.godwit.api.StampResult;
import dev.godwit.api.Status;
import dev.godwit.api.ValidationResult;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.run.Migration;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.SafetyPolicy;
import dev.godwit.internal.run.Session;
import dev.godwit.internal.run.Stamping;
import dev.godwit.internal.usecase.Authoring;
import dev.godwit.internal.usecase.PortableAuthoring;
import dev.godwit.internal.usecase.CurrentStatus;
import dev.godwit.internal.usecase.MigrationTesting;
import dev.godwit.internal.usecase.OfflineSql;
import dev.godwit.internal.usecase.RevisionQueries;
import dev.godwit.internal.usecase.SchemaComparison;
import dev.godwit.internal.usecase.ToolBackups;
import dev.godwit.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * A protected environment ({@code confirm = true}) runs a change only once the builder's
 * {@link Confirmation} said yes, and one that may lose data only with {@link GodwitBuilder#allowDestructive};
 * {@link #plan} shows what would run and {@link #apply} runs exactly that. The facade only
 * delegates: each use case lives in the engine ({@code dev.godwit.internal.run},
 * {@code dev.godwit.internal.usecase}).
 */
public final class Godwit {
    private final Settings settings;
    private final Session session;
    private final RevisionFiles files;
    private final Map<String, String> env; // the environment variables the configuration was read with
    private final SafetyPolicy policy;

    Godwit(Settings settings, MigrationListener listener, RevisionFiles files, Map<String, String> env, SafetyPolicy policy) {
        this.settings = settings;
        this.session = new Session(settings, dev.godwit.internal.db.Databases.of(settings.url().kind()), listener);
        this.files = files;
        this.env = env;
        this.policy = policy;
    }

    /** Starts a configuration. By default it reads godwit.toml in the working directory, if there is one. */
    public static GodwitBuilder configure() {
        return new GodwitBuilder();
    }

    /**
     * Creates a project in {@code dir}: a godwit.toml (SQLite by default) and an empty migrations folder.
     *
     * @return the godwit.toml written
     */
    public static Path init(Path dir) {
        return dev.godwit.internal.usecase.ProjectInit.create(dir);
    }

    /** The resolved configuration, password masked. */
    public ConfigurationInfo configuration() {
        return new ConfigurationInfo(settings.url().masked(), settings.urlSource(), session.dialect().kind().displayName(),
                settings.configFile(), settings.environment(), settings.migrations(), settings.versionTable(),
                settings.schema(), session.databaseName(), settings.confirm(), settings.backup(), settings.backupDir(),
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
        files.preload(session.reading());
        session.warmUp();
        return this;
    }

    /**
     * The passwords this configuration holds (the database URL's, the scratch database's), for
     * scrubbing them from anything shown: a server's message may quote one.
     */
    public Redaction secrets() {
        return dev.godwit.internal.config.Secrets.of(settings);
    }

    /**
     * The redaction of no configuration: it masks the passwords of URLs and {@code password=}
     * parameters in a text, for messages shown before (or without) a configuration.
     */
    public static Redaction noSecrets() {
        return dev.godwit.internal.config.Secrets.NONE;
    }

    /** {@code url} masked for display, whether or not it parses: every password becomes {@code ***}. */
    public static String maskUrl(String url) {
        return dev.godwit.internal.config.DatabaseUrl.mask(url);
    }

    /**
     * This Godwit, reporting progress to {@code listener}; it shares the configuration and the
     * revision files already read (or being read by {@link #preload()}).
     */
    public Godwit withListener(MigrationListener listener) {
        return new Godwit(settings, listener, files, env, policy);
    }

    /**
     * This Godwit with another confirmation and permission for destructive changes (see
     * {@link GodwitBuilder#confirmation} and {@link GodwitBuilder#allowDestructive}); it shares the
     * configuration, the listener and the revision files.
     */
    public Godwit withSafety(Confirmation confirmation, boolean allowDestructive) {
        return new Godwit(settings, session.listener(), files, env,
                SafetyPolicy.of(settings, confirmation, allowDestructive));
    }

    /**
     * Applies revisions up to {@code target} (`head`, `heads`, a revision, `+2`, `label@head`…). In a
     * protected environment: {@link #plan}, the safety checks and the confirmation, then {@link #apply}.
     */
    public MigrationResult upgrade(String target) {
        return migrate(Direction.UPGRADE, target);
    }

    /** Undoes revisions down to {@code target} (a revision, `-1`, `base`, `label@-1`…), as {@link #upgrade} does. */
    public MigrationResult downgrade(String target) {
        return migrate(Direction.DOWNGRADE, target);
    }

    private MigrationResult migrate(Direction direction, String target) {
        if (!policy.checksPlans()) {
            return migration().run(files, direction == Direction.UPGRADE, target, PartialRevision.REFUSE);
        }
        return apply(plan(direction, target));
    }

    /**
     * Upgrades ({@code up}) or downgrades to {@code target}, doing {@code partial} about a revision an
     * earlier run left half applied: resume it, or undo its applied statements (then {@code target}
     * is not used and nothing else runs). {@link PartialRevision#REFUSE} is {@link #upgrade}/{@link #downgrade};
     * a protected environment checks a resumed run's plan as {@link #apply} does (it is planned again
     * under the lock, with the half-applied revision finished first), an undo is not checked.
     */
    public MigrationResult migrate(boolean up, String target, PartialRevision partial) {
        Direction direction = up ? Direction.UPGRADE : Direction.DOWNGRADE;
        if (partial == PartialRevision.REFUSE) {
            return migrate(direction, target);
        }
        if (partial == PartialRevision.RESUME && policy.checksPlans()) {
            policy.check(plan(direction, target));
        }
        if (partial == PartialRevision.UNDO && policy.checksPlans()) {
            ConfigurationInfo info = configuration();
            policy.checkUndo(direction, info.environment(), info.databaseName());
        }
        return migration().run(files, up, target, partial);
    }

    /**
     * What an upgrade or downgrade to {@code target} would run now against the live database, without
     * running it (a SQLite file that does not exist is not created): the plan {@link #apply} runs and a
     * {@link Confirmation} is shown.
     */
    public Plan plan(Direction direction, String target) {
        return migration().plan(files, direction == Direction.UPGRADE, target);
    }

    /**
     * Runs exactly {@code plan}: checks it against the safety policy (confirmation, destructive
     * changes, backup), then, under the run lock, plans again and refuses
     * ({@link dev.godwit.api.ErrorCode#DATABASE_MOVED}) when the database or the files moved since.
     */
    public MigrationResult apply(Plan plan) {
        policy.check(plan);
        return migration().apply(files, plan);
    }

    private Migration migration() {
        return new Migration(session, new ToolBackups());
    }

    /** The SQL an upgrade would run, for `[FROM:]TO` (FROM defaults to base), without connecting. */
    public String upgradeSql(String range) {
        return upgradeSql(range, null);
    }

    /** The SQL a downgrade would run, for `FROM:TO`, without connecting. */
    public String downgradeSql(String range) {
        return downgradeSql(range, null);
    }

    /**
     * The SQL an upgrade would run on another database, for `[FROM:]TO`, without connecting: the
     * sections of the revision files for {@code dialect} ({@code postgresql}, {@code mysql},
     * {@code sqlite}; aliases {@code postgres}, {@code mariadb}) and that database's bookkeeping.
     * Null or blank: the configured URL's database, as {@link #upgradeSql(String)}.
     */
    public String upgradeSql(String range, String dialect) {
        return new OfflineSql(settings, session, files).upgrade(range, dialect);
    }

    /** The SQL a downgrade would run on {@code dialect}, for `FROM:TO` (see {@link #upgradeSql(String, String)}). */
    public String downgradeSql(String range, String dialect) {
        return new OfflineSql(settings, session, files).downgrade(range, dialect);
    }

    /** Where the database stands. */
    public Status current() {
        return new CurrentStatus(settings, session, files).read();
    }

    /**
     * Revisions newest first, limited to {@code range} (`A:B`, `A:`, `:B`, null for all).
     * With {@code readDatabase}, the database is read so that `current` marks and relative ranges work.
     */
    public List<RevisionInfo> history(String range, boolean readDatabase) {
        return queries().history(range, readDatabase);
    }

    /** The heads of the revision graph. */
    public List<RevisionInfo> heads() {
        return queries().heads();
    }

    /** The branch points of the revision graph (revisions with two or more children). */
    public List<RevisionInfo> branchPoints() {
        return queries().branchPoints();
    }

    /** The revisions that revise {@code id}. */
    public List<RevisionInfo> children(String id) {
        return queries().children(id);
    }

    /** One revision, by any target that names exactly one (`head`, a prefix, a label…). */
    public RevisionInfo show(String target) {
        return queries().show(target);
    }

    private RevisionQueries queries() {
        return new RevisionQueries(session, files);
    }

    /**
     * Sets the version table to {@code target} without running any revision; recorded in the audit
     * history. A protected environment asks {@link Confirmation#confirmStamp} first, and a
     * {@code purge} there must be allowed as destructive.
     */
    public StampResult stamp(String target, boolean purge) {
        policy.check(new StampPlan(target, purge, settings.environment(), session.databaseName()));
        return new Stamping(session).stamp(files, target, purge);
    }

    /** Checks that the graph loads, every applied revision has its file, and none was edited after it was applied. */
    public ValidationResult validate() {
        return session.validate(files);
    }

    /** Accepts the current content of an applied, edited revision (recorded in the audit history). */
    public AuditEntry acceptChecksum(String revision) {
        return new Stamping(session).accept(files, revision);
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
        return comparison().inspect();
    }

    /** The DDL that creates {@code schema} on an empty database of this project's kind. */
    public String ddl(Schema schema) {
        return comparison().ddl(schema);
    }

    /**
     * The differences between the database and the desired schema ({@code model}), with the SQL
     * both ways, whatever revision the database is at. Writes nothing.
     */
    public SchemaDiff diff() {
        return comparison().compare(false);
    }

    /**
     * Like {@link #diff()}, but the database must be at the head revision(s) first, as for a CI gate:
     * an empty result means the revisions produce the desired schema.
     *
     * @throws GodwitException "Target database is not up to date" when it is not at head
     */
    public SchemaDiff check() {
        return comparison().compare(true);
    }

    /**
     * Writes a revision whose upgrade brings the database (which must be at head) to the desired
     * schema and whose downgrade undoes it; writes nothing when nothing differs.
     */
    public AutogenerateResult autogenerate(RevisionRequest request) {
        return settings.dialects().isEmpty() ? comparison().autogenerate(request, this::revision)
                : portable().autogenerate(request);
    }

    /**
     * Like {@link #check()}, but for the database {@code dialect} ({@code postgresql}, {@code mysql},
     * {@code sqlite}) and without the live database: compares the desired schema with what the
     * revisions' sections for that database (else the shared ones) build on a fresh scratch of it.
     * An empty result means they bring a fresh database of that kind to the model.
     *
     * @throws GodwitException when that database has no scratch (no {@code dev_urls} entry for it)
     */
    public SchemaDiff check(String dialect) {
        return portable().check(dialect);
    }

    /**
     * {@link #check(String)} for every database of {@code dialects}, in the configured order: for a
     * test proving that each one's sections bring a fresh database to the model.
     */
    public Map<String, SchemaDiff> checkDialects() {
        return portable().checkAll();
    }

    private PortableAuthoring portable() {
        return new PortableAuthoring(settings, session, files, env);
    }

    /**
     * Tests the revisions on a scratch database, never the configured one (SQLite: a temporary file;
     * PostgreSQL: a fresh schema; MySQL/MariaDB: a fresh database; on the {@code dev_url} server when
     * set), removed afterwards: one head; from empty, each revision upgraded, downgraded and upgraded
     * again, the schema after the downgrade equal to the schema before the upgrade; the schema at
     * head equal to the desired one when a model is configured. A problem found is in the report,
     * not thrown. With {@code requireDowngrades}, a revision without a downgrade fails its check.
     */
    public MigrationTestReport test(boolean requireDowngrades) {
        return test(requireDowngrades, List.of());
    }

    /** {@link #test(boolean)} wanting exactly {@code expectedHeads} (any order; empty: one head). */
    public MigrationTestReport test(boolean requireDowngrades, List<String> expectedHeads) {
        return new MigrationTesting(settings, session, files, env).run(requireDowngrades, expectedHeads);
    }

    private SchemaComparison comparison() {
        return new SchemaComparison(settings, session, files, env);
    }

    /** Writes a new, empty revision file and returns it. */
    public RevisionInfo revision(RevisionRequest request) {
        return new Authoring(settings, files).revision(request);
    }

    /** Writes a new Java revision: a class in the migrations folder whose upgrade and downgrade are to be written. */
    public RevisionInfo javaRevision(RevisionRequest request) {
        return new Authoring(settings, files).javaRevision(request);
    }

    /** Writes a merge revision of {@code targets} (default: all heads) and returns it. */
    public RevisionInfo merge(String message, List<String> targets, String revId) {
        return new Authoring(settings, files).merge(message, targets, revId);
    }
}
