package dev.godwit.internal.db.postgres;

import dev.godwit.internal.confine.ConfinementRules;
import dev.godwit.internal.confine.ScopeVerdict;
import dev.godwit.internal.confine.StatementRules;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.SqlToken;
import java.util.List;

/**
 * Keeping a PostgreSQL model inside its scratch schema: what pg_dump writes around a schema is
 * understood ({@link PostgresRules}), relation names in {@code nextval('…')} strings are confined
 * too, objects may not be created in {@code pg_catalog}, and pg_dump's psql lines are left out.
 */
final class PostgresConfinement implements ConfinementRules {

    @Override
    public SplitterOptions syntax() {
        return PostgresDialect.SPLITTER_OPTIONS;
    }

    @Override
    public ScopeVerdict judge(StatementRules shared, List<SqlToken> tokens) {
        return new PostgresRules(shared, tokens).judge();
    }

    @Override
    public String namespacesQuery() {
        return "SELECT nspname FROM pg_catalog.pg_namespace";
    }

    @Override
    public String systemSchema() {
        return "pg_catalog";
    }

    @Override
    public boolean namesRelationsInStrings() {
        return true;
    }

    @Override
    public boolean leavesOutPsqlLines() {
        return true;
    }
}
