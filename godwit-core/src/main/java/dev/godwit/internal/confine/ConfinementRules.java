package dev.godwit.internal.confine;

import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.SqlToken;
import java.util.List;

/**
 * What keeping a model inside its scratch schema needs to know about one database: how it spells
 * names, where its namespaces are listed, and which statements reach outside a schema. Each
 * database's dialect gives its own ({@code Dialect.confinementRules()}); {@link ModelScope} applies
 * them with the rules every database shares ({@link StatementRules}).
 */
public interface ConfinementRules {

    /** How the database's client lexes a statement. */
    SplitterOptions syntax();

    /**
     * Judges one model statement, given as its significant tokens (never empty): run it, leave it
     * out, or refuse the model; {@code shared} gives the model's own schema and the shared rules.
     */
    ScopeVerdict judge(StatementRules shared, List<SqlToken> tokens);

    /** The query that lists the server's schemas (MySQL: databases), or null for a database without any. */
    String namespacesQuery();

    /** Whether names qualified with a schema are confined at all (not on SQLite, which has no schemas). */
    default boolean confinesQualifiedNames() {
        return true;
    }

    /** The character that quotes an identifier. */
    default char identifierQuote() {
        return '"';
    }

    /** Whether schema names compare ignoring case (MySQL/MariaDB database names). */
    default boolean namesIgnoreCase() {
        return false;
    }

    /** What messages call a namespace: "schema", or "database" on MySQL/MariaDB. */
    default String namespaceNoun() {
        return "schema";
    }

    /**
     * The system schema objects must not be created in (PostgreSQL's {@code pg_catalog}), or null;
     * names qualified with it may still be read.
     */
    default String systemSchema() {
        return null;
    }

    /**
     * Whether relation names inside string literals ({@code nextval('app.seq')}, {@code 'app.t'::regclass})
     * are confined too (PostgreSQL).
     */
    default boolean namesRelationsInStrings() {
        return false;
    }

    /** Whether psql meta-command lines (pg_dump's {@code \restrict}) may precede a statement and are left out. */
    default boolean leavesOutPsqlLines() {
        return false;
    }
}
