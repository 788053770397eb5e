package dev.godwit.internal.usecase;

import dev.godwit.api.ErrorCode;
import java.util.Map;

import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.run.OfflineScript;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import dev.godwit.internal.run.Session;

/** The `--sql` use case: the script an upgrade or downgrade would run for a range, without connecting. */
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
        int colon = range.indexOf(':');
        String from = colon <= 0 ? "base" : range.substring(0, colon);
        String to = colon < 0 ? range : range.substring(colon + 1);
        String target = to.isEmpty() ? "heads" : to;
        Revisions revs = files.get();
        Planner planner = new Planner(revs.graph());
        return render(revs, planner.upgrade(planner.resolveRows(from), target), from, target);
    }

    /** The SQL a downgrade would run, for `FROM:TO`. */
    public String downgrade(String range) {
        int colon = range.indexOf(':');
        if (colon <= 0 || colon == range.length() - 1) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "Offline downgrade needs a range FROM:TO, got '" + range + "'",
                    "For example head:base or 3f2a9c1b7d4e:-1.", null, Map.of("setting", "range", "range", range));
        }
        String from = range.substring(0, colon);
        String to = range.substring(colon + 1);
        Revisions revs = files.get();
        Planner planner = new Planner(revs.graph());
        return render(revs, planner.downgrade(planner.resolveRows(from), to), from, to);
    }

    private String render(Revisions revs, Planner.Plan plan, String from, String to) {
        return new OfflineScript(session.dialect(), revs, session.versions(), settings.schema()).render(plan, from, to);
    }
}
