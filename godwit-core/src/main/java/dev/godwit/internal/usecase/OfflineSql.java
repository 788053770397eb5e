package dev.godwit.internal.usecase;

import dev.godwit.api.ErrorCode;
import java.util.Map;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.run.OfflineScript;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import dev.godwit.internal.run.Session;
import dev.godwit.internal.run.VersionTable;
import java.util.stream.Collectors;

/**
 * The `--sql` use case: the script an upgrade or downgrade would run for a range, without
 * connecting; for the configured URL's database, or for another dialect given by name (its
 * sections of the revision files, its bookkeeping SQL).
 */
public final class OfflineSql {
    private final Settings settings;
    private final Session session;
    private final RevisionFiles files;

    public OfflineSql(Settings settings, Session session, RevisionFiles files) {
        this.settings = settings;
        this.session = session;
        this.files = files;
    }

    /** The SQL an upgrade would run, for `[FROM:]TO` (FROM defaults to base). */
    public String upgrade(String range) {
        return upgrade(range, null);
    }

    /**
     * The SQL an upgrade would run on {@code dialect} ({@code postgresql}, {@code mysql},
     * {@code sqlite}, or an alias such as {@code postgres} or {@code mariadb}; null or blank: the
     * configured URL's database), for `[FROM:]TO`.
     */
    public String upgrade(String range, String dialect) {
        int colon = range.indexOf(':');
        String from = colon <= 0 ? "base" : range.substring(0, colon);
        String to = colon < 0 ? range : range.substring(colon + 1);
        String target = to.isEmpty() ? "heads" : to;
        Revisions revs = files.get();
        Planner planner = new Planner(revs.graph());
        return render(revs, planner.upgrade(planner.resolveRows(from), target), from, target, dialect);
    }

    /** The SQL a downgrade would run, for `FROM:TO`. */
    public String downgrade(String range) {
        return downgrade(range, null);
    }

    /** The SQL a downgrade would run on {@code dialect} (as in {@link #upgrade(String, String)}), for `FROM:TO`. */
    public String downgrade(String range, String dialect) {
        int colon = range.indexOf(':');
        if (colon <= 0 || colon == range.length() - 1) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "Offline downgrade needs a range FROM:TO, got '" + range + "'",
                    "For example head:base or 3f2a9c1b7d4e:-1.", null, Map.of("setting", "range", "range", range));
        }
        String from = range.substring(0, colon);
        String to = range.substring(colon + 1);
        Revisions revs = files.get();
        Planner planner = new Planner(revs.graph());
        return render(revs, planner.downgrade(planner.resolveRows(from), to), from, to, dialect);
    }

    private String render(Revisions revs, Planner.Plan plan, String from, String to, String dialectName) {
        if (dialectName == null || dialectName.isBlank()) {
            return new OfflineScript(session.dialect(), revs, session.versions(), settings.schema())
                    .render(plan, from, to);
        }
        Dialect dialect = database(dialectName).dialect();
        VersionTable versions = new VersionTable(dialect, settings.schema(), settings.versionTable());
        return new OfflineScript(dialect, revs, versions, settings.schema()).render(plan, from, to);
    }

    /** The database a dialect name or URL scheme alias names. */
    static Database database(String name) {
        String key = name.strip().toLowerCase(java.util.Locale.ROOT);
        return Databases.named(key).or(() -> Databases.forScheme(key)).orElseThrow(() -> new GodwitException(
                ErrorCode.BAD_ARGUMENT, "Unknown dialect '" + name + "'",
                "Use one of " + Databases.all().stream().map(Database::name).collect(Collectors.joining(", "))
                        + " (or the aliases postgres, mariadb).", null, Map.of("setting", "dialect", "value", name)));
    }
}
