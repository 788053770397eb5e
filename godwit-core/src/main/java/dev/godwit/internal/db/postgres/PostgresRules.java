package dev.godwit.internal.db.postgres;

import static dev.godwit.internal.confine.StatementRules.word;

import dev.godwit.internal.confine.ScopeVerdict;
import dev.godwit.internal.confine.StatementRules;
import dev.godwit.internal.script.SqlToken;
import dev.godwit.internal.script.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The model-confinement rules of PostgreSQL ({@link PostgresConfinement}), where most of what pg_dump writes around the schema must
 * be understood: its session settings and search_path, {@code CREATE SCHEMA} of the dumped schema,
 * ownership, privileges and extensions.
 */
final class PostgresRules {
    private static final Set<String> TRANSACTION =
            Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE");

    private static final Set<String> DYNAMIC = Set.of("DO", "EXECUTE", "PREPARE", "CALL");

    private static final Set<String> SERVER = Set.of("ALTER SYSTEM", "REASSIGN", "DROP OWNED", "COPY", "LOAD",
            "CHECKPOINT", "DISCARD", "SECURITY LABEL", "DROP EXTENSION", "IMPORT", "CREATE CAST", "DROP CAST",
            "CREATE LANGUAGE", "DROP LANGUAGE", "ALTER LANGUAGE", "CREATE TRANSFORM", "DROP TRANSFORM",
            "CREATE ACCESS", "DROP ACCESS");

    private static final Set<String> PG_DUMP_SETTINGS = Set.of("statement_timeout", "lock_timeout",
            "idle_in_transaction_session_timeout", "transaction_timeout", "client_encoding",
            "standard_conforming_strings", "xmloption", "client_min_messages", "row_security", "default_tablespace",
            "default_table_access_method", "default_with_oids");
    /** What pg_dump sets at the top of its output: session settings with no bearing on the schema. */
    private static final Set<String> DUMP_SETTINGS = Set.of("statement_timeout", "lock_timeout",
            "idle_in_transaction_session_timeout", "transaction_timeout", "client_encoding",
            "standard_conforming_strings", "xmloption", "client_min_messages", "row_security", "default_tablespace",
            "default_table_access_method", "default_with_oids");


    private final StatementRules rules;
    private final List<SqlToken> tokens;
    private final String first;
    private final String second;

    PostgresRules(StatementRules rules, List<SqlToken> tokens) {
        this.rules = rules;
        this.tokens = tokens;
        this.first = word(tokens, 0);
        this.second = word(tokens, 1);
    }

    ScopeVerdict judge() {
        if ((TRANSACTION.contains(first) || (first.equals("PREPARE") && second.equals("TRANSACTION")))) {
            return ScopeVerdict.reject(StatementRules.transaction());
        }
        if (DYNAMIC.contains(first)) {
            return ScopeVerdict.reject(StatementRules.dynamic());
        }
        if (first.equals("GRANT") || first.equals("REVOKE") || (first.equals("ALTER") && second.equals("DEFAULT"))) {
            return ScopeVerdict.skip("privileges are not modelled");
        }
        if (second.equals("EXTENSION") && (first.equals("CREATE") || first.equals("ALTER"))
                || (first.equals("COMMENT") && word(tokens, 2).equals("EXTENSION"))) {
            return ScopeVerdict.skip("extensions are database-wide and not modelled");
        }
        if ((SERVER.contains(first) || SERVER.contains(first + " " + second)) || StatementRules.createsServerObject(tokens)) {
            return ScopeVerdict.reject(StatementRules.server());
        }
        if (second.equals("SCHEMA") || (first.equals("COMMENT") && word(tokens, 2).equals("SCHEMA"))) {
            return schema();
        }
        if (first.equals("ALTER") && ownerTo()) {
            return ScopeVerdict.skip("ownership is not modelled");
        }
        if (first.equals("ALTER") && setSchema()) {
            return ScopeVerdict.reject("SET SCHEMA would move the object out of the scratch");
        }
        if (first.equals("SET")) {
            return set();
        }
        if (first.equals("RESET")) {
            String what = second.toLowerCase(Locale.ROOT);
            return what.equals("search_path") || what.equals("all") || what.equals("role") || what.equals("session")
                    ? ScopeVerdict.reject("it resets the search_path or role to the server's, outside the scratch")
                    : ScopeVerdict.RUN;
        }
        if (first.equals("SELECT")) {
            return select();
        }
        return ScopeVerdict.RUN;
    }

    private ScopeVerdict schema() {
        int at = first.equals("COMMENT") ? 3 : 2;
        if (word(tokens, at).equals("IF")) {
            at += 3;
        }
        boolean own = at < tokens.size() && rules.isOwn(tokens.get(at));
        if (first.equals("CREATE") && word(tokens, 2).equals("AUTHORIZATION")) {
            return ScopeVerdict.reject("it creates a schema outside the scratch");
        }
        if (own && (first.equals("CREATE") || first.equals("COMMENT") || first.equals("ALTER"))) {
            return ScopeVerdict.skip("the scratch schema stands for the schema the model describes");
        }
        if (first.equals("CREATE") || first.equals("ALTER") || first.equals("DROP") || first.equals("COMMENT")) {
            String name = at < tokens.size() ? tokens.get(at).text() : "";
            return ScopeVerdict.reject("it " + verb(first) + " schema " + name + ", outside the scratch; the model "
                    + "describes one schema (`schema` in godwit.toml, else the connection's)");
        }
        return ScopeVerdict.RUN;
    }

    private static String verb(String first) {
        switch (first) {
            case "CREATE":
                return "creates";
            case "DROP":
                return "drops";
            case "COMMENT":
                return "comments on";
            default:
                return "alters";
        }
    }

    private boolean setSchema() {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).isWord("SCHEMA") && tokens.get(i - 1).isWord("SET")) {
                return true;
            }
        }
        return false;
    }

    private boolean ownerTo() {
        int n = tokens.size();
        return n >= 3 && tokens.get(n - 3).isWord("OWNER") && tokens.get(n - 2).isWord("TO");
    }

    private ScopeVerdict set() {
        int at = 1;
        if (second.equals("SESSION") && word(tokens, 2).equals("AUTHORIZATION") || second.equals("ROLE")) {
            return ScopeVerdict.reject("it changes the role the model runs as");
        }
        if (second.equals("SESSION") || second.equals("LOCAL")) {
            at++;
        }
        String name = at < tokens.size() ? tokens.get(at).text().toLowerCase(Locale.ROOT) : "";
        if (name.equals("search_path")) {
            return searchPath(tokens.subList(Math.min(at + 2, tokens.size()), tokens.size()));
        }
        if (name.equals("role") || name.equals("session_authorization")) {
            return ScopeVerdict.reject("it changes the role the model runs as");
        }
        if (DUMP_SETTINGS.contains(name)) {
            return ScopeVerdict.skip("pg_dump's session setting");
        }
        return ScopeVerdict.RUN;
    }

    /** SET search_path to the model's own schema (or pg_dump's empty one) is left out; to any other, refused. */
    private ScopeVerdict searchPath(List<SqlToken> values) {
        for (SqlToken v : values) {
            if (v.isSymbol(',')) {
                continue;
            }
            String text = v.kind() == TokenKind.QUOTED && v.text().startsWith("'")
                    ? v.text().substring(1, v.text().length() - 1) : v.text();
            for (String part : text.split(",")) {
                if (!safeSchema(part.strip())) {
                    return ScopeVerdict.reject("it sets the search_path to " + part.strip()
                            + ", so that what follows would land outside the scratch schema");
                }
            }
        }
        return ScopeVerdict.skip("search_path of the schema the model describes");
    }

    private boolean safeSchema(String written) {
        if (written.isEmpty() || written.equals("pg_catalog") || written.equals("pg_temp")) {
            return true;
        }
        String name = written.startsWith("\"") && written.endsWith("\"") && written.length() > 1
                ? written.substring(1, written.length() - 1) : written.toLowerCase(Locale.ROOT);
        return name.equals(rules.own());
    }

    /** pg_dump's {@code SELECT pg_catalog.set_config('search_path', '', false)} and {@code setval}. */
    private ScopeVerdict select() {
        int at = 1;
        if (word(tokens, 1).equalsIgnoreCase("PG_CATALOG") && word(tokens, 2).equals(".")) {
            at = 3;
        }
        String function = word(tokens, at);
        if (function.equals("SETVAL")) {
            return ScopeVerdict.skip("sequence positions are not modelled");
        }
        boolean setConfig = false;
        for (SqlToken t : tokens) {
            setConfig |= t.isWord("set_config");
        }
        if (!setConfig) {
            return ScopeVerdict.RUN;
        }
        if (function.equals("SET_CONFIG") && word(tokens, at + 1).equals("(") && tokens.size() > at + 4
                && tokens.get(at + 2).text().equals("'search_path'")) {
            return searchPath(List.of(tokens.get(at + 4)));
        }
        return ScopeVerdict.reject("it changes a session setting through set_config, which Godwit cannot confine");
    }
}
