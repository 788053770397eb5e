package dev.godwit.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code godwit.*} properties of a Spring Boot application (docs/spring-boot.md): which
 * database, where the revision files are, what runs at start-up and how a protected environment
 * is confirmed.
 */
@ConfigurationProperties(prefix = "godwit")
public class GodwitProperties {

    /** What the starter does at start-up. */
    public enum Mode {
        /** Run the migration strategy (by default: upgrade to {@code godwit.target}), then start. */
        MIGRATE,
        /** Run the migration strategy, log the result and exit with its status. */
        MIGRATE_AND_EXIT,
        /** Run nothing; refuse to start when the database is behind or ahead of the revision files. */
        VALIDATE,
        /** Only create the {@code Godwit} bean. */
        NONE
    }

    private boolean enabled = true;
    private Mode mode = Mode.MIGRATE;
    private String url;
    private String user;
    private String password;
    private List<String> locations = new ArrayList<>(List.of("classpath:db/godwit"));
    private String target = "heads";
    private String schema;
    private String versionTable;
    private Duration lockTimeout;
    private Boolean backup;
    private String backupDir = "backups";
    private List<String> javaRevisionPackages = new ArrayList<>();
    private boolean confirm;
    private String confirmedDatabase;
    private boolean allowDestructive;
    private String baselineRevision;
    private Boolean baselineOnEmpty;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    /**
     * The URL of a connection of Godwit's own; without it (and without {@code user}/{@code password}),
     * Godwit borrows the connections of the application's DataSource.
     */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /**
     * The user of Godwit's own connections: with {@code url}, or alone for the application's database
     * as another user (blank: unset).
     */
    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    /** The password of Godwit's own connections (blank: unset); never printed. */
    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Folders of revision files, {@code classpath:} or {@code filesystem:} (default classpath:db/godwit). */
    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = new ArrayList<>(locations);
    }

    /**
     * The target of the upgrade (default {@code heads}); {@code validate} mode, the health indicator
     * and the endpoint judge "up to date" against it.
     */
    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Boolean getBackup() {
        return backup;
    }

    public void setBackup(Boolean backup) {
        this.backup = backup;
    }

    /**
     * Where backups go ({@code godwit.backup=true}), created when missing; a relative folder is the
     * one in the application's working directory (default {@code backups}), as the command line's
     * {@code backup_dir} is relative to the project. Kept when the context closes.
     */
    public String getBackupDir() {
        return backupDir;
    }

    public void setBackupDir(String backupDir) {
        this.backupDir = backupDir;
    }

    /**
     * Packages (with their sub-packages) whose classes implementing {@code JavaRevision} are Java
     * revisions, found on the application's class loader and made with their public no-argument
     * constructor; for revisions that are not beans (beans implementing it are revisions anyway).
     */
    public List<String> getJavaRevisionPackages() {
        return javaRevisionPackages;
    }

    public void setJavaRevisionPackages(List<String> javaRevisionPackages) {
        this.javaRevisionPackages = new ArrayList<>(javaRevisionPackages);
    }

    /** Whether this is a protected environment (godwit.toml's {@code confirm = true}). */
    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }

    /**
     * The name of the database the deployer confirms changing, as the command line asks it to be
     * typed; a protected environment runs a plan only when it names the plan's database.
     */
    public String getConfirmedDatabase() {
        return confirmedDatabase;
    }

    public void setConfirmedDatabase(String confirmedDatabase) {
        this.confirmedDatabase = confirmedDatabase;
    }

    public boolean isAllowDestructive() {
        return allowDestructive;
    }

    public void setAllowDestructive(boolean allowDestructive) {
        this.allowDestructive = allowDestructive;
    }

    /**
     * The revision a database that has tables but no version table is stamped at before the
     * upgrade (the revision its existing tables correspond to); unset: the first revision. Setting
     * it turns {@code baseline-on-empty} on unless that is set to false.
     */
    public String getBaselineRevision() {
        return baselineRevision;
    }

    public void setBaselineRevision(String baselineRevision) {
        this.baselineRevision = baselineRevision;
    }

    /**
     * Whether a database that has tables but no version table (Godwit's history of it is empty) is
     * stamped at the baseline revision before the upgrade; unset: true when
     * {@code baseline-revision} is set. An empty database is upgraded from the base either way.
     */
    public Boolean getBaselineOnEmpty() {
        return baselineOnEmpty;
    }

    public void setBaselineOnEmpty(Boolean baselineOnEmpty) {
        this.baselineOnEmpty = baselineOnEmpty;
    }

    /** Whether the baseline applies: {@code baseline-on-empty}, else whether a baseline revision is set. */
    boolean baselines() {
        if (baselineOnEmpty != null) {
            return baselineOnEmpty;
        }
        return baselineRevision != null && !baselineRevision.isBlank();
    }
}
