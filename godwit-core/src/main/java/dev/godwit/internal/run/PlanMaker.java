package dev.godwit.internal.run;

import dev.godwit.api.Direction;
import dev.godwit.api.Plan;
import dev.godwit.api.RevisionInfo;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.lint.DataLoss;
import dev.godwit.internal.script.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the graph's plan for one database state into the public {@link Plan}: the revisions with
 * their statements counted, the statements that lose data, the backup, and the state it was made
 * from ({@link #state}), which the run compares under the lock.
 */
final class PlanMaker {
    private final Settings settings;
    private final String databaseName;
    private final Reading options;

    PlanMaker(Settings settings, String databaseName, Reading options) {
        this.settings = settings;
        this.databaseName = databaseName;
        this.options = options;
    }

    Plan make(Revisions revisions, Set<String> rows, Planner.Plan plan, boolean up, String target) {
        List<RevisionInfo> infos = new ArrayList<>();
        List<String> loss = new ArrayList<>();
        int count = 0;
        for (Planner.Step step : plan.steps()) {
            String id = step.revision().id();
            infos.add(revisions.info(id, rows));
            SplitRevision split = revisions.split(id, options);
            if (!up) {
                split.requireDowngradable();
            }
            for (Statement s : split.statements(up)) {
                count++;
                String lost = DataLoss.describe(s.normalized());
                if (lost != null) {
                    loss.add(id + ": " + s.shortened(100) + "  -- " + lost);
                }
            }
        }
        return new Plan(up ? Direction.UPGRADE : Direction.DOWNGRADE, target, settings.environment(), databaseName,
                settings.confirm(), List.copyOf(rows), infos, count, loss,
                settings.backup() ? settings.backupDir() : null, state(revisions, rows, plan));
    }

    /**
     * What a plan depends on: the database (URL without password, schema, version table), the
     * version table's rows, and each planned revision with the checksum of its file now. Two plans
     * with the same state run the same statements on the same database.
     */
    String state(Revisions revisions, Set<String> rows, Planner.Plan plan) {
        StringBuilder text = new StringBuilder(plan.direction().name()).append('\n')
                .append("database ").append(settings.url().masked()).append(' ').append(settings.schema())
                .append(' ').append(settings.versionTable()).append('\n');
        for (String row : new TreeSet<>(rows)) {
            text.append("row ").append(row).append('\n');
        }
        for (Planner.Step step : plan.steps()) {
            String id = step.revision().id();
            text.append("step ").append(id).append(' ').append(revisions.split(id, options).checksum()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
