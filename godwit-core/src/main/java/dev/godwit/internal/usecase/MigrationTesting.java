package dev.godwit.internal.usecase;

import dev.godwit.api.GodwitException;
import dev.godwit.api.MigrationListener;
import dev.godwit.api.MigrationTestReport;
import dev.godwit.api.MigrationTestReport.Check;
import dev.godwit.api.MigrationTestReport.Failure;
import dev.godwit.api.MigrationTestReport.Outcome;
import dev.godwit.api.MigrationTestReport.RevisionCheck;
import dev.godwit.api.PartialRevision;
import dev.godwit.internal.autogen.Comparison;
import dev.godwit.internal.autogen.SchemaComparer;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.connect.Connector;
import dev.godwit.internal.diff.Op;
import dev.godwit.internal.diff.SchemaDiffer;
import dev.godwit.internal.graph.Revision;
import dev.godwit.internal.inspect.IncrementalInspection;
import dev.godwit.internal.run.Migration;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import dev.godwit.internal.run.Session;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.schema.Schema;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The `test` use case: the revisions on a scratch database ({@link ScratchTarget}), never the
 * configured one. Checks that the graph has one head; upgrades from empty one revision at a time;
 * for each revision with a downgrade, downgrades it and upgrades it again, and requires the schema
 * after the downgrade to equal, as the inspector reads it, the schema before the upgrade (the
 * stairway); finally compares the schema at head with the desired one, when a model is
 * configured, as {@code check} does. Stops at the first failure.
 *
 * <p>Everything runs on one connection to the scratch database, and the schema is read with an
 * {@link IncrementalInspection}: between two reads only the tables that changed are read again.
 */
public final class MigrationTesting {
    private static final int SHOWN_CHANGES = 3;

    private final Settings settings;
    private final Session session;
    private final RevisionFiles files;
    private final Map<String, String> env;

    public MigrationTesting(Settings settings, Session session, RevisionFiles files, Map<String, String> env) {
        this.settings = settings;
        this.session = session;
        this.files = files;
        this.env = env;
    }

    /**
     * Runs the checks.
     *
     * @param requireDowngrades whether a revision without a downgrade fails the test (otherwise it is
     *     reported as "no downgrade" and only upgraded)
     * @param expectedHeads the heads the project intends (several when branches are kept apart on
     *     purpose); empty: one head
     */
    public MigrationTestReport run(boolean requireDowngrades, List<String> expectedHeads) {
        Revisions revisions = files.get();
        List<String> heads = revisions.graph().heads();
        List<Revision> order = revisions.graph().revisions();
        String wrongHeads = HeadsCheck.problem(heads, expectedHeads);
        if (wrongHeads != null) {
            Failure failure = new Failure(Check.HEADS, null, "heads", wrongHeads);
            return new MigrationTestReport("", heads, notRun(order, 0, List.of()), false, failure);
        }
        try (ScratchTarget scratch = ScratchTarget.open(settings, session.database());
                Run run = new Run(scratch.settings(), revisions, requireDowngrades)) {
            List<RevisionCheck> lines = run.revisions(order);
            Failure failure = run.failure;
            boolean model = failure == null && settings.modelSpec() != null;
            if (model) {
                failure = run.model();
            }
            return new MigrationTestReport(scratch.describe(), heads, lines, model, failure);
        }
    }

    private static List<RevisionCheck> notRun(List<Revision> order, int from, List<RevisionCheck> done) {
        List<RevisionCheck> lines = new ArrayList<>(done);
        for (int i = from; i < order.size(); i++) {
            lines.add(new RevisionCheck(order.get(i).id(), order.get(i).message(), Outcome.NOT_RUN, ""));
        }
        return lines;
    }

    /**
     * One test run on the scratch database, on one connection: nobody else uses the scratch
     * database, so the 3 runs of the engine per revision and the inspections share it.
     */
    private final class Run implements AutoCloseable {
        private final Connection connection;
        private final Session scratch;
        private final Migration migration;
        private final SchemaComparer comparer;
        private final IncrementalInspection reading;
        private final Revisions revisions;
        private final boolean requireDowngrades;
        private Failure failure;

        Run(Settings scratchSettings, Revisions revisions, boolean requireDowngrades) {
            Session fresh = new Session(scratchSettings, session.database(), MigrationListener.NONE);
            this.connection = fresh.open();
            this.scratch = fresh.on(connection);
            skipCommitFlush(scratchSettings);
            this.migration = new Migration(scratch, new ToolBackups());
            this.comparer = new SchemaComparer(scratchSettings, session.database(), env);
            this.reading = comparer.incremental();
            this.revisions = revisions;
            this.requireDowngrades = requireDowngrades;
        }

        List<RevisionCheck> revisions(List<Revision> order) {
            List<RevisionCheck> lines = new ArrayList<>();
            Schema before = inspect();
            for (int i = 0; i < order.size(); i++) {
                Revision revision = order.get(i);
                Schema after = stairway(revision, before);
                if (failure != null) {
                    lines.add(new RevisionCheck(revision.id(), revision.message(), Outcome.FAILED, failure.reason()));
                    return notRun(order, i + 1, lines);
                }
                boolean skipped = after == null;
                lines.add(new RevisionCheck(revision.id(), revision.message(),
                        skipped ? Outcome.NO_DOWNGRADE : Outcome.OK, skipped ? "no downgrade" : ""));
                before = skipped ? inspect() : after;
            }
            return lines;
        }

        /**
         * Upgrade, downgrade, compare, upgrade again: the schema after, or null when the revision has
         * no downgrade (then only upgraded). Sets {@link #failure} when a step fails.
         */
        private Schema stairway(Revision revision, Schema before) {
            String id = revision.id();
            if (!step(id, "upgrade", true, id)) {
                return null;
            }
            if (!hasDowngrade(revisions.file(id))) {
                if (requireDowngrades) {
                    failure = new Failure(Check.REVISION, id, "downgrade", "the revision has no downgrade");
                }
                return null;
            }
            // just before this revision: on a graph with several heads, the other branches stay
            if (!step(id, "downgrade", false, id + "@base")) {
                return null;
            }
            Schema down = inspect();
            if (!down.equals(before)) {
                failure = new Failure(Check.REVISION, id, "stairway", difference(before, down));
                return null;
            }
            if (!step(id, "upgrade again", true, id)) {
                return null;
            }
            return inspect();
        }

        /**
         * Commits on the scratch need not wait for the disk; not on a connection lent by the
         * application's DataSource, which would keep the setting when it goes back to the pool.
         */
        private void skipCommitFlush(Settings scratchSettings) {
            if (scratchSettings.url().dataSource() != null) {
                return;
            }
            try {
                session.dialect().skipCommitFlush(connection);
            } catch (java.sql.SQLException e) {
                // a scratch database that waits for the disk is only slower
            }
        }

        private boolean step(String id, String step, boolean up, String target) {
            try {
                migration.run(files, up, target, PartialRevision.REFUSE);
                return true;
            } catch (GodwitException e) {
                failure = new Failure(Check.REVISION, id, step, e.getMessage());
                return false;
            }
        }

        private Schema inspect() {
            return scratch.connected(reading::current);
        }

        /** The schema at head against the desired one, as {@code check} compares them; null when equal. */
        Failure model() {
            Comparison comparison = scratch.connected(c -> comparer.compare(comparer.inspect(c), comparer.desired(c)));
            if (comparison.upgrade().ops().isEmpty()) {
                return null;
            }
            return new Failure(Check.MODEL, null, "model", "the schema at head is not the desired schema: to reach it, "
                    + describe(comparison.upgrade().ops()));
        }

        private String difference(Schema before, Schema after) {
            List<Op> ops = new SchemaDiffer(session.dialect().foreignKeysNeedIndex()).diff(before, after).ops();
            if (ops.isEmpty()) {
                return "the schema after the downgrade is not the schema before the upgrade "
                        + "(in details a comparison does not turn into changes)";
            }
            return "the schema after the downgrade is not the schema before the upgrade: from before to after, "
                    + describe(ops);
        }

        @Override
        public void close() {
            Connector.closeQuietly(connection);
        }
    }

    /** A revision can be undone when it has a downgrade section, or when its upgrade does nothing either (a merge). */
    private boolean hasDowngrade(RevisionFile file) {
        if (!file.downgrade().present()) {
            return false;
        }
        return !file.downgrade().isEmpty(session.splitterOptions()) || file.upgrade().isEmpty(session.splitterOptions());
    }

    private static String describe(List<Op> ops) {
        String shown = ops.stream().limit(SHOWN_CHANGES).map(Op::describe).collect(Collectors.joining("; "));
        return ops.size() > SHOWN_CHANGES ? shown + " (and " + (ops.size() - SHOWN_CHANGES) + " more)" : shown;
    }
}
