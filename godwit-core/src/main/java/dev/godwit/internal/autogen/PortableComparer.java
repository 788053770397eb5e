package dev.godwit.internal.autogen;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.api.SchemaDiff;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.config.ModelSpec;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.SchemaDiffer;
import dev.godwit.internal.model.DdlFolderSource;
import dev.godwit.internal.model.PluginModels;
import dev.godwit.internal.model.ScratchDatabase;
import dev.godwit.internal.model.ScratchServer;
import dev.godwit.internal.render.Renderer;
import dev.godwit.internal.script.RevisionFile;
import dev.godwit.internal.script.Statement;
import dev.godwit.schema.Schema;
import dev.godwit.spi.DdlStatement;
import dev.godwit.spi.ModelSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a portable model with what the revisions build for one database that is not the live
 * one: the model normalised on a scratch of that database, against the schema the revisions' own
 * sections for it (else the shared ones) build on a second fresh scratch. So each dialect's section
 * is right for its own history.
 */
public final class PortableComparer {

    private final Settings settings;
    private final Map<String, String> env;
    private final TableFilter filter;

    /** {@code env}: the environment variables the run was configured with. */
    public PortableComparer(Settings settings, Map<String, String> env) {
        this.settings = settings;
        this.env = env;
        this.filter = new TableFilter(settings.versionTable(), settings.historyTable(), settings.excludeTables(),
                settings.excludeToolTables());
    }

    /**
     * One section per configured dialect; {@code live} (the live database's name and its diff,
     * computed against the live database) is used as it is, the others are compared on scratches.
     *
     * @param history the revision files from base to head, in upgrade order
     */
    public DialectSections sections(String liveName, SchemaDiff live, List<RevisionFile> history) {
        Map<String, SchemaDiff> sections = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (String name : settings.dialects()) {
            if (name.equals(liveName) && live != null) {
                sections.put(name, live);
                continue;
            }
            Database database = Databases.named(name).orElseThrow();
            Optional<String> missing = unavailable(database);
            if (missing.isPresent()) {
                warnings.add("no " + name + " section: " + missing.get() + "; add one and run migrate again");
                continue;
            }
            sections.put(name, compare(database, history));
        }
        return new DialectSections(sections, warnings);
    }

    /**
     * The model against what {@code history} builds on a fresh scratch of {@code database}.
     *
     * @throws GodwitException when that database has no scratch
     */
    public SchemaDiff compare(Database database, List<RevisionFile> history) {
        Optional<String> missing = unavailable(database);
        if (missing.isPresent()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "No scratch " + database.displayName()
                    + " database: " + missing.get(), "Add a " + database.name() + " URL to dev_urls in godwit.toml.");
        }
        ScratchServer server = ScratchServer.probe(database.dialect(), serverOf(database));
        ScratchDatabase scratch = new ScratchDatabase(database.dialect(), database.inspector(), server.server(), true);
        ModelSource model = model(database, server);
        Schema desired = scratch.normalise(model.statements(), model.description(), server.defaults(), server.own())
                .filterTables(filter::includes);
        Schema built = scratch.normalise(replay(database, history), "the revisions' " + database.name()
                + " sections", server.defaults(), server.own()).filterTables(filter::includes);
        SchemaDiffer differ = new SchemaDiffer(database.dialect().foreignKeysNeedIndex());
        ChangeSet up = differ.diff(built, desired);
        ChangeSet down = differ.diff(desired, built);
        Renderer renderer = database.renderer();
        Comparison comparison = new Comparison(built, desired, up, down, renderer.render(up), renderer.render(down));
        return DiffReport.of(comparison, database.dialect(), List.of());
    }

    /** Why {@code database} has no scratch, or empty when it has one (SQLite always has: in memory). */
    private Optional<String> unavailable(Database database) {
        if (database.dialect().scratchInMemory()) {
            return Optional.empty();
        }
        if (serverOf(database) == null) {
            return Optional.of("no dev_urls entry for " + database.name());
        }
        try {
            ScratchServer.probe(database.dialect(), serverOf(database));
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("its dev_urls server " + serverOf(database).masked() + " is unreachable");
        }
    }

    private DatabaseUrl serverOf(Database database) {
        if (database.dialect().scratchInMemory()) {
            return null;
        }
        return settings.targets().devUrlFor(database, settings.baseDir()).orElse(null);
    }

    /** The model for {@code database}: the plugin asked for that database, or the DDL folder (its {@code <name>/} subfolder when there is one). */
    private ModelSource model(Database database, ScratchServer server) {
        ModelSpec model = settings.modelSpec();
        if (model == null) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "No desired schema is configured",
                    "Set `model` in godwit.toml.");
        }
        if (model.isPlugin()) {
            return PluginModels.open(model.text(), database.name(), server.product(), server.version(),
                    settings.modelOptions(), model.base(), env);
        }
        return DdlFolderSource.forDatabase(model.folder(), database);
    }

    /** Every statement {@code history}'s sections for {@code database} hold, in order. */
    private static List<DdlStatement> replay(Database database, List<RevisionFile> history) {
        List<DdlStatement> statements = new ArrayList<>();
        for (RevisionFile file : history) {
            for (Statement s : file.upgrade(database.name()).statements(database.dialect().splitterOptions())) {
                statements.add(new DdlStatement(s.sql(), file.path(), s.line()));
            }
        }
        return statements;
    }
}
