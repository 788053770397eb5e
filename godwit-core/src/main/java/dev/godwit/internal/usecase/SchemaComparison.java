package dev.godwit.internal.usecase;

import dev.godwit.api.ErrorCode;

import dev.godwit.api.AutogenerateResult;
import dev.godwit.api.GodwitException;
import dev.godwit.api.RevisionInfo;
import dev.godwit.api.RevisionRequest;
import dev.godwit.api.SchemaDiff;
import dev.godwit.internal.autogen.Comparison;
import dev.godwit.internal.autogen.DiffReport;
import dev.godwit.internal.autogen.SchemaComparer;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.diff.ChangeSet;
import dev.godwit.internal.diff.SchemaDiffer;
import dev.godwit.internal.render.Renderer;
import dev.godwit.internal.render.SectionText;
import dev.godwit.internal.run.AtHead;
import dev.godwit.internal.run.Session;
import dev.godwit.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The use cases that compare the live schema with the desired one: `inspect`, `ddl`, `diff`,
 * `check` and `migrate` (autogenerate, which writes the revision through {@link Authoring}).
 */
public final class SchemaComparison {
    private final Settings settings;
    private final Session session;
    private final dev.godwit.internal.run.RevisionFiles files;
    private final Map<String, String> env;

    public SchemaComparison(Settings settings, Session session, dev.godwit.internal.run.RevisionFiles files,
                            Map<String, String> env) {
        this.settings = settings;
        this.session = session;
        this.files = files;
        this.env = env;
    }

    /** The live schema, without Godwit's own tables and those matched by {@code exclude_tables}. */
    public Schema inspect() {
        return session.connected(connection -> comparer().inspect(connection));
    }

    /** The DDL that creates {@code schema} on an empty database of this project's kind. */
    public String ddl(Schema schema) {
        ChangeSet create = new SchemaDiffer().diff(Schema.empty(), schema);
        return new SectionText(session.dialect()).write(create, session.database().renderer().render(create));
    }

    /** The differences between the database and the desired schema; with {@code requireHead}, at head only. */
    public SchemaDiff compare(boolean requireHead) {
        SchemaComparer comparer = comparer();
        return session.connected(files, false, (connection, source) -> {
            Set<String> rows = RevisionQueries.orEmpty(session.rows(connection));
            if (requireHead) {
                AtHead.require(source.get(), rows, settings.migrations());
            }
            Schema desired = comparer.desired(connection);
            Comparison comparison = comparer.compare(comparer.inspect(connection), desired);
            return DiffReport.of(comparison, session.dialect(), List.copyOf(rows));
        });
    }

    /**
     * Writes (through {@code write}) a revision whose upgrade brings the database, at head, to the
     * desired schema; writes nothing when nothing differs.
     */
    public AutogenerateResult autogenerate(RevisionRequest request, Function<RevisionRequest, RevisionInfo> write) {
        if (request.message() == null || request.message().isBlank()) {
            throw new GodwitException(ErrorCode.BAD_ARGUMENT, "A revision needs a message", "Say what it changes.",
                    null, Map.of("setting", "message", "operation", "autogenerate"));
        }
        SchemaDiff diff = compare(true);
        if (diff.isEmpty()) {
            return new AutogenerateResult(diff, null);
        }
        return new AutogenerateResult(diff,
                write.apply(request.withSql(diff.upgradeSql(), diff.downgradeSql(), diff.transactional())));
    }

    private SchemaComparer comparer() {
        return new SchemaComparer(settings, session.database(), env);
    }
}
