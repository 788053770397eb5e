package dev.godwit.internal.db.mysql;

import static dev.godwit.internal.confine.StatementRules.word;

import dev.godwit.internal.confine.ConfinementRules;
import dev.godwit.internal.confine.ScopeVerdict;
import dev.godwit.internal.confine.StatementRules;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.SqlToken;
import java.util.List;
import java.util.Set;

/**
 * Keeping a MySQL/MariaDB model inside its scratch database: {@code USE} and {@code CREATE DATABASE}
 * of its own database are left out, of any other refused; files written on the server, global
 * settings, transaction control and prepared statements are refused. Database names compare
 * ignoring case.
 */
final class MysqlConfinement implements ConfinementRules {
    private static final Set<String> TRANSACTION =
            Set.of("BEGIN", "START", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "XA", "LOCK", "UNLOCK");

    private static final Set<String> DYNAMIC = Set.of("PREPARE", "EXECUTE", "DEALLOCATE", "CALL", "HANDLER");

    private static final Set<String> SERVER = Set.of("FLUSH", "KILL", "SHUTDOWN", "INSTALL", "UNINSTALL",
            "LOAD", "PURGE", "CHANGE", "STOP", "BINLOG", "RESET", "RENAME USER", "SET PASSWORD", "SET ROLE",
            "SET DEFAULT", "SET GLOBAL", "SET PERSIST", "SET PERSIST_ONLY", "SET AUTOCOMMIT");

    @Override
    public SplitterOptions syntax() {
        return MysqlDialect.SPLITTER_OPTIONS;
    }

    @Override
    public String namespacesQuery() {
        return "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA";
    }

    @Override
    public char identifierQuote() {
        return '`';
    }

    @Override
    public boolean namesIgnoreCase() {
        return true;
    }

    @Override
    public String namespaceNoun() {
        return "database";
    }

    @Override
    public ScopeVerdict judge(StatementRules shared, List<SqlToken> tokens) {
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
            return shared.isOwn(tokens.get(Math.min(1, tokens.size() - 1))) && tokens.size() <= 2
                    ? ScopeVerdict.skip("USE of the database the model stands for")
                    : ScopeVerdict.reject("USE " + (tokens.size() > 1 ? tokens.get(1).text() + " " : "")
                            + "would run the rest of the model in another database");
        }
        if (TRANSACTION.contains(first) || (first.equals("SET") && isAutocommit(tokens))) {
            return ScopeVerdict.reject(StatementRules.transaction());
        }
        if (DYNAMIC.contains(first)) {
            return ScopeVerdict.reject(StatementRules.dynamic());
        }
        if (first.equals("GRANT") || first.equals("REVOKE")) {
            return ScopeVerdict.skip("privileges are not modelled");
        }
        if (second.equals("DATABASE") || second.equals("SCHEMA")) {
            return database(shared, tokens, first);
        }
        if (SERVER.contains(first) || SERVER.contains(two) || StatementRules.createsServerObject(tokens)) {
            return ScopeVerdict.reject(StatementRules.server());
        }
        return ScopeVerdict.RUN;
    }

    private static ScopeVerdict database(StatementRules shared, List<SqlToken> tokens, String first) {
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
        if (at < tokens.size() && shared.isOwn(tokens.get(at))) {
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
}
