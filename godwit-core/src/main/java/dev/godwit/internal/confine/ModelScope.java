package dev.godwit.internal.confine;

import dev.godwit.spi.DdlStatement;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps a model inside the scratch database: before any of its statements runs, each is checked
 * ({@link StatementRules}), names qualified with the model's own schema are mapped onto the
 * scratch and names qualified with any other are refused ({@link QualifiedNames}), and psql's
 * {@code &#92;restrict} lines, which pg_dump writes around its output, are left out. A statement that
 * would reach outside the scratch stops the run, naming its file and line, before anything ran.
 *
 * @param own the schema (MySQL: database) the model stands for: `schema` in godwit.toml, else the
 *     live connection's; null on SQLite
 * @param namespaces the schemas (MySQL: databases) that exist on the scratch's server
 */
public record ModelScope(ConfinementRules rules, String own, Set<String> namespaces) {

    public ModelScope {
        namespaces = Set.copyOf(namespaces);
    }

    /** The scope of a model of {@code own}, with the namespaces the scratch's server has now. */
    public static ModelScope on(Connection server, ConfinementRules rules, String own) throws SQLException {
        String sql = rules.namespacesQuery();
        if (sql == null) {
            return new ModelScope(rules, own, Set.of());
        }
        Set<String> names = new HashSet<>();
        try (Statement s = server.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rules.namesIgnoreCase() ? rs.getString(1).toLowerCase(Locale.ROOT) : rs.getString(1));
            }
        }
        return new ModelScope(rules, own, names);
    }

    /** The statements to run on the scratch, or a {@link GodwitException} naming the first that would escape it. */
    public List<DdlStatement> confine(List<DdlStatement> statements, String description) {
        StatementRules shared = new StatementRules(rules, own);
        QualifiedNames names = new QualifiedNames(rules, own, namespaces);
        List<DdlStatement> out = new ArrayList<>();
        for (DdlStatement statement : statements) {
            DdlStatement ddl = rules.leavesOutPsqlLines() ? withoutPsqlLines(statement, description) : statement;
            if (ddl == null) {
                continue;
            }
            ScopeVerdict verdict = shared.judge(ModelTokens.of(ddl.sql(), rules, false));
            if (verdict.action() == ScopeVerdict.Action.SKIP) {
                continue;
            }
            if (verdict.action() == ScopeVerdict.Action.REJECT) {
                throw escape(ddl, verdict.reason(), description);
            }
            try {
                String sql = rules.confinesQualifiedNames() ? names.confine(ddl.sql()) : ddl.sql();
                out.add(sql.equals(ddl.sql()) ? ddl : new DdlStatement(sql, ddl.file(), ddl.line()));
            } catch (QualifiedNames.Escape e) {
                throw escape(ddl, e.getMessage(), description);
            }
        }
        return out;
    }

    /**
     * The statement without the psql meta-command lines pg_dump writes before it ({@code &#92;restrict
     * key}, {@code &#92;unrestrict key}); null when nothing else is left. Other meta-commands are refused.
     */
    private static DdlStatement withoutPsqlLines(DdlStatement ddl, String description) {
        String sql = ddl.sql();
        int line = ddl.line();
        while (sql.startsWith("\\")) {
            int nl = sql.indexOf('\n');
            String command = (nl < 0 ? sql : sql.substring(0, nl)).strip();
            if (!command.startsWith("\\restrict") && !command.startsWith("\\unrestrict")) {
                throw escape(ddl, "psql's meta-command " + command.split("\\s+")[0]
                        + " is not SQL; only pg_dump's \\restrict and \\unrestrict lines are left out", description);
            }
            if (nl < 0) {
                return null;
            }
            String rest = sql.substring(nl + 1);
            String stripped = rest.stripLeading();
            line += 1 + count(rest.substring(0, rest.length() - stripped.length()));
            sql = stripped;
        }
        if (sql.isEmpty()) {
            return null;
        }
        return sql.equals(ddl.sql()) ? ddl : new DdlStatement(sql, ddl.file(), line);
    }

    private static int count(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == '\n' ? 1 : 0;
        }
        return n;
    }

    private static GodwitException escape(DdlStatement ddl, String reason, String description) {
        String one = ddl.sql().strip().replaceAll("\\s+", " ");
        return new GodwitException(ErrorCode.MODEL_REFUSED,
                "The model may only create objects in the scratch database it runs on: "
                + ddl.where() + ": " + reason + "\n    " + (one.length() > 120 ? one.substring(0, 117) + "..." : one),
                "Remove that statement from " + description + ", or write its names without another schema or "
                        + "database: the model describes the one Godwit migrates (docs/autogenerate.md, "
                        + "\"What a model may contain\"). Nothing was run.");
    }
}
