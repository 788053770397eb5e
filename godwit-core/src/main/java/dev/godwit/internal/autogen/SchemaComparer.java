package dev.godwit.internal.autogen;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.config.ModelSpec;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.SchemaDiffer;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.inspect.IncrementalInspection;
import dev.godwit.internal.model.DdlFolderSource;
import dev.godwit.spi.DdlStatement;
import dev.godwit.internal.model.ModelCache;
import dev.godwit.spi.ModelSource;
import dev.godwit.internal.model.PluginModels;
import dev.godwit.internal.model.ScratchDatabase;
import dev.godwit.internal.render.Renderer;
import dev.godwit.schema.Schema;
import dev.godwit.internal.script.SplitterOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the live schema with the desired one: inspects the live database, normalises the
 * model on a scratch database, diffs both ways and renders both directions.
 */
public final class SchemaComparer {

    private final Settings settings;
    private final Database database;
    private final Dialect dialect;
    private final Map<String, String> env;
    private final TableFilter filter;

    /** {@code env}: the environment variables the run was configured with (for {@code GODWIT_MODEL_CACHE}). */
    public SchemaComparer(Settings settings, Database database, Map<String, String> env) {
        this.settings = settings;
        this.database = database;
        this.dialect = database.dialect();
        this.env = env;
        this.filter = new TableFilter(settings.versionTable(), settings.historyTable(), settings.excludeTables(),
                settings.excludeToolTables());
    }

    /** The live schema of the configured schema (or the connection's default), without Godwit's and excluded tables. */
    public Schema inspect(Connection connection) throws SQLException {
        return database.inspector().inspect(connection, settings.schema()).filterTables(filter::includes);
    }

    /**
     * Reads the configured schema as {@link #inspect} does, again and again, re-reading only what
     * changed since the last read: for a database only this process changes (a scratch database).
     */
    public IncrementalInspection incremental() {
        return new IncrementalInspection(database.inspector(), settings.schema(), filter::includes);
    }

    /**
     * The desired schema, normalised by the database itself on a scratch schema that inherits the
     * live schema's defaults (MySQL's character set and collation).
     */
    public Schema desired(Connection live) throws SQLException {
        String defaults = dialect.schemaDefaults(live, settings.schema());
        ModelSource source = modelSource(live);
        DatabaseUrl dev = settings.devDatabase() != null ? settings.devDatabase()
                : settings.targets().devUrlFor(database, settings.baseDir()).orElse(null);
        DatabaseUrl server = dev == null ? settings.url() : dev;
        if (server.kind() != dialect.kind()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION,
                    "dev_url is a " + server.kind().displayName() + " database but the URL is "
                    + dialect.kind().displayName(), "Point dev_url at a " + dialect.kind().displayName() + " server.");
        }
        List<DdlStatement> statements = source.statements();
        Optional<ModelCache> cache = ModelCache.standard(env);
        String version = serverVersion(live);
        String own = ownSchema(live);
        String key = cache.map(c -> c.key(dialect.kind().name() + " " + server.masked() + " " + own, version,
                defaults, statements)).orElse(null);
        Schema desired = cache.flatMap(c -> c.get(key)).orElse(null);
        if (desired == null) {
            desired = new ScratchDatabase(dialect, database.inspector(), server, dev != null)
                    .normalise(statements, source.description(), defaults, own);
            Schema computed = desired;
            cache.ifPresent(c -> c.put(key, computed));
        }
        return desired.filterTables(filter::includes);
    }

    /** The schema (MySQL: database) the model stands for: `schema`, else the live connection's; null on SQLite. */
    private String ownSchema(Connection live) throws SQLException {
        if (settings.schema() != null && !settings.schema().isBlank()) {
            return settings.schema();
        }
        return dialect.currentNamespace(live);
    }

    private static String serverVersion(Connection live) throws SQLException {
        java.sql.DatabaseMetaData meta = live.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }

    /** Both directions between {@code live} and {@code desired}, rendered. */
    public Comparison compare(Schema live, Schema desired) {
        SchemaDiffer differ = new SchemaDiffer(dialect.foreignKeysNeedIndex());
        ChangeSet up = differ.diff(live, desired);
        ChangeSet down = differ.diff(desired, live);
        Renderer renderer = database.renderer();
        return new Comparison(live, desired, up, down, renderer.render(up), renderer.render(down));
    }

    private ModelSource modelSource(Connection live) throws SQLException {
        ModelSpec model = settings.modelSpec();
        if (model == null) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "No desired schema is configured",
                    "Set `model = \"schema\"` in godwit.toml: a folder of .sql files with the CREATE TABLE, "
                            + "CREATE INDEX… statements of the schema you want.");
        }
        if (model.isPlugin()) {
            java.sql.DatabaseMetaData meta = live.getMetaData();
            return PluginModels.open(model.text(), database.name(), meta.getDatabaseProductName(),
                    meta.getDatabaseProductVersion(), settings.modelOptions(), model.base(), env);
        }
        return DdlFolderSource.forDatabase(model.folder(), database);
    }
}
