package dev.godwit.internal.model;

import static dev.godwit.internal.model.ModelTokens.word;

import dev.godwit.internal.dialect.Dialect;
import dev.godwit.internal.dialect.DialectKind;
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
 * QualifiedNames}' concern.
 */
final class StatementRules {

    private static final String TRANSACTION =
            "transaction control: it would end the scratch's transaction and could keep the model's changes; "
                    + "a model holds no BEGIN, COMMIT or ROLLBACK";
    private static final String DYNAMIC = "it runs SQL that is only known when it runs, which Godwit cannot confine";
    private static final String SERVER = "it acts on the database server, not on a schema";
    private static final Set<String> PG_TRANSACTION =
            Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE");
    private static final Set<String> MYSQL_TRANSACTION =
            Set.of("BEGIN", "START", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "XA", "LOCK", "UNLOCK");
    private static final Set<String> PG_DYNAMIC = Set.of("DO", "EXECUTE", "PREPARE", "CALL");
    private static final Set<String> MYSQL_DYNAMIC = Set.of("PREPARE", "EXECUTE", "DEALLOCATE", "CALL", "HANDLER");
    private static final Set<String> PG_SERVER = Set.of("ALTER SYSTEM", "REASSIGN", "DROP OWNED", "COPY", "LOAD",
            "CHECKPOINT", "DISCARD", "SECURITY LABEL", "DROP EXTENSION", "IMPORT", "CREATE CAST", "DROP CAST",
            "CREATE LANGUAGE", "DROP LANGUAGE", "ALTER LANGUAGE", "CREATE TRANSFORM", "DROP TRANSFORM",
            "CREATE ACCESS", "DROP ACCESS");
    private static final Set<String> MYSQL_SERVER = Set.of("FLUSH", "KILL", "SHUTDOWN", "INSTALL", "UNINSTALL",
            "LOAD", "PURGE", "CHANGE", "STOP", "BINLOG", "RESET", "RENAME USER", "SET PASSWORD", "SET ROLE",
            "SET DEFAULT", "SET GLOBAL", "SET PERSIST", "SET PERSIST_ONLY", "SET AUTOCOMMIT");
    private static final Set<String> SERVER_OBJECTS = Set.of("DATABASE", "ROLE", "USER", "GROUP", "TABLESPACE",
            "SERVER", "SUBSCRIPTION", "PUBLICATION", "LOGFILE");
    /** What pg_dump sets at the top of its output: session settings with no bearing on the schema. */
    private static final Set<String> PG_DUMP_SETTINGS = Set.of("statement_timeout", "lock_timeout",
            "idle_in_transaction_session_timeout", "transaction_timeout", "client_encoding",
            "standard_conforming_strings", "xmloption", "client_min_messages", "row_security", "default_tablespace",
            "default_table_access_method", "default_with_oids");

    private final Dialect dialect;
    private final DialectKind kind;
    private final String own;

    /** {@code own}: the schema (MySQL database) the model stands for, as the catalog spells it. */
    StatementRules(Dialect dialect, String own) {
        this.dialect = dialect;
        this.kind = dialect.kind();
        this.own = own;
    }

    ScopeVerdict judge(List<SqlToken> tokens) {
        if (tokens.isEmpty()) {
            return ScopeVerdict.RUN;
        }
        switch (kind) {
            case POSTGRESQL:
                return new PostgresRules(this, tokens).judge();
            case MYSQL:
                return mysql(tokens);
            default:
                return sqlite(tokens);
        }
    }

    String own() {
        return own;
    }

    DialectKind kind() {
        return kind;
    }

    static String transaction() {
        return TRANSACTION;
    }

    static String dynamic() {
        return DYNAMIC;
    }

    static String server() {
        return SERVER;
    }

    static boolean isTransaction(String first, String second) {
        return PG_TRANSACTION.contains(first) || (first.equals("PREPARE") && second.equals("TRANSACTION"));
    }

    static boolean isPgDynamic(String first) {
        return PG_DYNAMIC.contains(first);
    }

    static boolean isPgServer(String first, String two) {
        return PG_SERVER.contains(first) || PG_SERVER.contains(two);
    }

    static boolean isPgDumpSetting(String name) {
        return PG_DUMP_SETTINGS.contains(name);
    }

    /** CREATE/ALTER/DROP of a server-wide object (a database, a role, a tablespace…). */
    static boolean createsServerObject(List<SqlToken> tokens) {
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
    boolean isOwn(SqlToken t) {
        String name = ModelTokens.name(t, kind);
        return name != null && own != null && (kind == DialectKind.MYSQL ? name.equalsIgnoreCase(own) : name.equals(own));
    }

    private ScopeVerdict mysql(List<SqlToken> tokens) {
        String first = word(tokens, 0);
        String second = word(tokens, 1);
        String two = first + " " + second;
        for (SqlToken t : tokens) {
            if (t.isWord("OUTFILE") || t.isWord("DUMPFILE")) {
                return ScopeVerdict.reject("it writes a file on the database server");
            }
            if (t.isWord("GLOBAL") || t.isWord("PERSIST") || t.isWord("PERSIST_ONLY")) {
                if (first.equals("SET")) {
                    return ScopeVerdict.reject("it changes a global setting of the server");
                }
            }
        }
        if (first.equals("USE")) {
            return isOwn(tokens.get(Math.min(1, tokens.size() - 1))) && tokens.size() <= 2
                    ? ScopeVerdict.skip("USE of the database the model stands for")
                    : ScopeVerdict.reject("USE " + (tokens.size() > 1 ? tokens.get(1).text() + " " : "")
                            + "would run the rest of the model in another database");
        }
        if (MYSQL_TRANSACTION.contains(first) || (first.equals("SET") && isAutocommit(tokens))) {
            return ScopeVerdict.reject(TRANSACTION);
        }
        if (MYSQL_DYNAMIC.contains(first)) {
            return ScopeVerdict.reject(DYNAMIC);
        }
        if (first.equals("GRANT") || first.equals("REVOKE")) {
            return ScopeVerdict.skip("privileges are not modelled");
        }
        if (second.equals("DATABASE") || second.equals("SCHEMA")) {
            return mysqlDatabase(tokens, first);
        }
        if (MYSQL_SERVER.contains(first) || MYSQL_SERVER.contains(two) || createsServerObject(tokens)) {
            return ScopeVerdict.reject(SERVER);
        }
        return ScopeVerdict.RUN;
    }

    private ScopeVerdict mysqlDatabase(List<SqlToken> tokens, String first) {
        if (first.equals("DROP")) {
            return ScopeVerdict.reject("it drops a database");
        }
        if (!first.equals("CREATE") && !first.equals("ALTER")) {
            return ScopeVerdict.RUN;
        }
        int at = 2;
        if (word(tokens, at).equals("IF")) {
            at += word(tokens, at + 1).equals("NOT") ? 3 : 2;
        }
        if (at < tokens.size() && isOwn(tokens.get(at))) {
            return ScopeVerdict.skip("the scratch database stands for the database the model describes");
        }
        return ScopeVerdict.reject(first.equals("CREATE") ? "it creates another database" : "it alters another database");
    }

    private static boolean isAutocommit(List<SqlToken> tokens) {
        for (SqlToken t : tokens) {
            if (t.isWord("AUTOCOMMIT")) {
                return true;
            }
        }
        return false;
    }

    private static ScopeVerdict sqlite(List<SqlToken> tokens) {
        String first = word(tokens, 0);
        if (first.equals("ATTACH") || first.equals("DETACH")) {
            return ScopeVerdict.reject("it attaches a database file");
        }
        if (first.equals("VACUUM")) {
            for (SqlToken t : tokens) {
                if (t.isWord("INTO")) {
                    return ScopeVerdict.reject("it writes a database file");
                }
            }
        }
        if (first.equals("BEGIN") || first.equals("COMMIT") || first.equals("END")) {
            // sqlite3's .dump wraps the schema in BEGIN TRANSACTION; … COMMIT;: the scratch keeps its own.
            return ScopeVerdict.skip("the scratch database controls its own transaction");
        }
        if (first.equals("ROLLBACK") || first.equals("SAVEPOINT") || first.equals("RELEASE")) {
            return ScopeVerdict.reject(TRANSACTION);
        }
        return ScopeVerdict.RUN;
    }

    static boolean isWordOrQuoted(SqlToken t) {
        return t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED;
    }
}
