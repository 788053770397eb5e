package dev.godwit.internal.confine;

import static dev.godwit.internal.confine.ModelTokens.word;

import dev.godwit.internal.script.SqlToken;
import dev.godwit.internal.script.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Which model statements may run on the scratch database, judged by what kind of statement they
 * are: transaction control (a {@code COMMIT} would end the scratch's transaction and keep what came
 * before), statements that act on the server rather than a schema ({@code CREATE DATABASE}, {@code
 * DROP DATABASE}, users and roles, global settings, files), SQL built at run time that cannot be
 * checked, and a switch to another database or schema are refused; what only describes the schema
 * the model stands for ({@code USE} it, {@code CREATE SCHEMA} it, pg_dump's session settings,
 * ownership, privileges, extensions) is left out. Names qualified with another schema are {@link
 * QualifiedNames}' concern. What differs by database is in its {@link ConfinementRules}; this holds
 * the messages and checks they share.
 */
public final class StatementRules {

    private static final String TRANSACTION =
            "transaction control: it would end the scratch's transaction and could keep the model's changes; "
                    + "a model holds no BEGIN, COMMIT or ROLLBACK";
    private static final String DYNAMIC = "it runs SQL that is only known when it runs, which Godwit cannot confine";
    private static final String SERVER = "it acts on the database server, not on a schema";
    private static final Set<String> SERVER_OBJECTS = Set.of("DATABASE", "ROLE", "USER", "GROUP", "TABLESPACE",
            "SERVER", "SUBSCRIPTION", "PUBLICATION", "LOGFILE");
    private final ConfinementRules rules;
    private final String own;

    /** {@code own}: the schema (MySQL database) the model stands for, as the catalog spells it. */
    StatementRules(ConfinementRules rules, String own) {
        this.rules = rules;
        this.own = own;
    }

    ScopeVerdict judge(List<SqlToken> tokens) {
        return tokens.isEmpty() ? ScopeVerdict.RUN : rules.judge(this, tokens);
    }

    /** The schema (MySQL database) the model stands for, as the catalog spells it. */
    public String own() {
        return own;
    }

    /** Why transaction control is refused. */
    public static String transaction() {
        return TRANSACTION;
    }

    /** Why SQL built at run time is refused. */
    public static String dynamic() {
        return DYNAMIC;
    }

    /** Why a statement acting on the server is refused. */
    public static String server() {
        return SERVER;
    }

    /** The upper-cased text of the {@code i}th token if a word, its text otherwise; "" past the end. */
    public static String word(List<SqlToken> tokens, int i) {
        return ModelTokens.word(tokens, i);
    }

    /** CREATE/ALTER/DROP of a server-wide object (a database, a role, a tablespace…). */
    public static boolean createsServerObject(List<SqlToken> tokens) {
        String first = word(tokens, 0);
        if (!first.equals("CREATE") && !first.equals("ALTER") && !first.equals("DROP")) {
            return false;
        }
        String what = word(tokens, 1);
        return SERVER_OBJECTS.contains(what) || (what.equals("EVENT") && word(tokens, 2).equals("TRIGGER"))
                || (what.equals("FOREIGN") && word(tokens, 2).equals("DATA"))
                || (what.equals("USER") && word(tokens, 2).equals("MAPPING"));
    }

    /** True when {@code t} names the model's own schema. */
    public boolean isOwn(SqlToken t) {
        String name = ModelTokens.name(t, rules);
        return name != null && own != null && (rules.namesIgnoreCase() ? name.equalsIgnoreCase(own) : name.equals(own));
    }

    static boolean isWordOrQuoted(SqlToken t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED;
    }
}
