package dev.godwit.internal.db.sqlite;

import static dev.godwit.internal.confine.StatementRules.word;

import dev.godwit.internal.confine.ConfinementRules;
import dev.godwit.internal.confine.ScopeVerdict;
import dev.godwit.internal.confine.StatementRules;
import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.SqlToken;
import java.util.List;

/**
 * Keeping a SQLite model inside its scratch database: there are no schemas to confine names to;
 * attaching or writing database files and transaction control other than sqlite3's own
 * {@code .dump} wrapper are refused.
 */
final class SqliteConfinement implements ConfinementRules {

    @Override
    public SplitterOptions syntax() {
        return SqliteDialect.SPLITTER_OPTIONS;
    }

    @Override
    public String namespacesQuery() {
        return null;
    }

    @Override
    public boolean confinesQualifiedNames() {
        return false;
    }

    @Override
    public ScopeVerdict judge(StatementRules shared, List<SqlToken> tokens) {
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
            return ScopeVerdict.reject(StatementRules.transaction());
        }
        return ScopeVerdict.RUN;
    }
}
