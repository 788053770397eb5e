package dev.godwit.internal.usecase;

import dev.godwit.internal.script.RevisionFile;

import dev.godwit.api.AutogenerateResult;
import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRequest;
import dev.godwit.api.SchemaDiff;
import dev.godwit.internal.autogen.DialectSections;
import dev.godwit.internal.autogen.PortableComparer;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.graph.Planner;
import dev.godwit.internal.run.RevisionFiles;
import dev.godwit.internal.run.Revisions;
import dev.godwit.internal.run.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The use cases of a project with {@code dialects}: `migrate` writing one revision with a section
 * per database, `check --dialect X` and the check of every configured dialect, each comparing the
 * model with what the revisions' sections for that database build on a fresh scratch.
 */
public final class PortableAuthoring {
    private final Settings settings;
    private final Session session;
    private final RevisionFiles files;
    private final Map<String, String> env;

    public PortableAuthoring(Settings settings, Session session, RevisionFiles files, Map<String, String> env) {
        this.settings = settings;
        this.session = session;
        this.files = files;
        this.env = env;
    }

    /**
     * Writes one revision with a section per configured dialect: the live database's compared with
     * the live database (at head), the others with what their sections build on scratches; a
     * dialect without a scratch gets a warning instead. Writes nothing when no dialect has changes.
     */
    public AutogenerateResult autogenerate(RevisionRequest request) {
        SchemaComparison live = new SchemaComparison(settings, session, files, env);
        SchemaDiff liveDiff = live.compare(true);
        String liveName = session.database().name();
        DialectSections sections = new PortableComparer(settings, env).sections(liveName, liveDiff, history());
        SchemaDiff combined = combined(sections, liveDiff);
        if (sections.isEmpty()) {
            return new AutogenerateResult(combined, null);
        }
        RevisionInfo written = new Authoring(settings, files).revision(
                request.withDialectSql(sections.requestSections(), sections.notes(), sections.transactional()));
        return new AutogenerateResult(combined, written);
    }

    /** The model against what the revisions build on a fresh scratch of {@code dialect}; empty: they build the model. */
    public SchemaDiff check(String dialect) {
        Database database = Databases.named(dialect).orElseThrow(() -> new GodwitException(ErrorCode.BAD_ARGUMENT,
                "Unknown dialect '" + dialect + "'", "Use postgresql, mysql or sqlite.", null,
                Map.of("setting", "dialect", "operation", "check")));
        return new PortableComparer(settings, env).compare(database, history());
    }

    /** {@link #check(String)} for every configured dialect, in the configured order. */
    public Map<String, SchemaDiff> checkAll() {
        if (settings.dialects().isEmpty()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "No dialects are configured",
                    "Set `dialects = [\"postgresql\", \"sqlite\"]` in godwit.toml.");
        }
        Map<String, SchemaDiff> results = new LinkedHashMap<>();
        for (String dialect : settings.dialects()) {
            results.put(dialect, check(dialect));
        }
        return results;
    }

    /** The revision files from base to head, in upgrade order. */
    private List<RevisionFile> history() {
        Revisions revisions = files.get();
        List<RevisionFile> history = new ArrayList<>();
        for (Planner.Step step : new Planner(revisions.graph()).upgrade(List.of(), "heads").steps()) {
            history.add(revisions.file(step.revision().id()));
        }
        return history;
    }

    /** What the console shows: every dialect's changes (prefixed), the warnings and notes; the live SQL. */
    private static SchemaDiff combined(DialectSections sections, SchemaDiff live) {
        List<String> dataLoss = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String warning : sections.warnings()) {
            notes.add("WARNING: " + warning);
        }
        sections.sections().forEach((dialect, diff) -> {
            diff.dataLoss().forEach(l -> dataLoss.add(dialect + ": " + l));
            diff.renameHints().forEach(h -> hints.add(dialect + ": " + h));
            diff.notes().forEach(n -> notes.add(dialect + ": " + n));
        });
        return new SchemaDiff(sections.changes(), dataLoss, hints, live.upgradeSql(), live.downgradeSql(),
                sections.transactional(), live.databaseRevisions(), notes);
    }
}
