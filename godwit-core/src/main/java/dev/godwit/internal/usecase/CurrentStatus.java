package dev.godwit.internal.usecase;

import dev.godwit.api.Status;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.graph.RevisionGraph;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import dev.godwit.internal.run.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The `current` use case: where the database stands against the revision files. */
public final class CurrentStatus {
    private final Settings settings;
    private final Session session;
    private final RevisionFiles files;

    public CurrentStatus(Settings settings, Session session, RevisionFiles files) {
        this.settings = settings;
        this.session = session;
        this.files = files;
    }

    /** The version table's rows, those no file knows, the heads and how many revisions are pending. */
    public Status read() {
        return session.connected(files, false, (connection, source) -> {
            Set<String> rows = session.rows(connection);
            Revisions revs = source.get();
            RevisionGraph graph = revs.graph();
            Set<String> known = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String row : RevisionQueries.orEmpty(rows)) {
                (graph.contains(row) ? known : unknown).add(row);
            }
            int pending = unknown.isEmpty() ? graph.size() - graph.applied(known).size() : -1;
            return new Status(settings.url().masked(), settings.urlSource(), session.dialect().kind().displayName(),
                    settings.versionTable(), rows != null, revs.infosOf(known, known), unknown,
                    revs.infosOf(graph.heads(), known), pending);
        });
    }
}
