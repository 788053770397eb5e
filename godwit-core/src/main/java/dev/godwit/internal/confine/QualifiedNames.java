package dev.godwit.internal.confine;

import dev.godwit.internal.script.SqlToken;
import dev.godwit.internal.script.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names in a model statement qualified with a schema (MySQL: a database): the model's own schema
 * is mapped onto the scratch by leaving the qualifier out (the scratch is the session's default,
 * so {@code public.comments} becomes {@code comments}), and any other schema that exists on the
 * server is refused, since the statement would reach outside the scratch. A word counts as a
 * schema qualifier when it is followed by a dot, is not itself after a dot, and names the own
 * schema or a schema the server has: {@code c.id} with an alias {@code c} is left alone. Inside
 * PostgreSQL string literals, only a relation name given to {@code nextval}, {@code ::regclass}
 * and the like is read (pg_dump writes {@code nextval('public.t_id_seq'::regclass)}).
 */
final class QualifiedNames {

    private static final Set<String> SEQUENCE_FUNCTIONS = Set.of("NEXTVAL", "CURRVAL", "SETVAL", "TO_REGCLASS");
    /** Words after which a qualified name is the object a statement makes or changes. */
    private static final Set<String> CREATED_AFTER = Set.of("TABLE", "VIEW", "FUNCTION", "PROCEDURE", "SEQUENCE",
            "DOMAIN", "AGGREGATE", "INTO", "UPDATE", "EXISTS", "OPERATOR");

    private final ConfinementRules rules;
    private final String own;
    private final Set<String> namespaces;

    /**
     * @param own the schema the model stands for, as the catalog spells it (MySQL: any case)
     * @param namespaces every schema (MySQL: database) on the server, as the catalog spells it (MySQL: lower case)
     */
    QualifiedNames(ConfinementRules rules, String own, Set<String> namespaces) {
        this.rules = rules;
        this.own = own;
        this.namespaces = namespaces;
    }

    /** The statement with its own-schema qualifiers left out; throws {@link Escape} for another schema. */
    String confine(String sql) {
        List<SqlToken> tokens = ModelTokens.of(sql, rules, true);
        List<int[]> cuts = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (qualifies(tokens, i)) {
                String name = ModelTokens.name(t, rules);
                if (isOwn(name)) {
                    cuts.add(new int[] {t.start(), tokens.get(i + 1).end()});
                } else if (isElsewhere(name) || createsInCatalog(tokens, i, name)) {
                    throw new Escape(t.text() + "." + tokens.get(i + 2).text() + " names another "
                            + rules.namespaceNoun() + ", outside the scratch");
                }
            } else if (rules.namesRelationsInStrings() && t.kind() == TokenKind.QUOTED && t.text().startsWith("'")
                    && namesRelation(tokens, i)) {
                relationLiteral(t, cuts);
            }
        }
        if (cuts.isEmpty()) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql);
        for (int c = cuts.size() - 1; c >= 0; c--) {
            out.delete(cuts.get(c)[0], cuts.get(c)[1]);
        }
        return out.toString();
    }

    private boolean qualifies(List<SqlToken> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).isSymbol('.') || !StatementRules.isWordOrQuoted(tokens.get(i))) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).isSymbol('.')) {
            return false;
        }
        SqlToken next = tokens.get(i + 2);
        return StatementRules.isWordOrQuoted(next) || next.isSymbol('*');
    }

    /**
     * A PostgreSQL object made in pg_catalog ({@code CREATE FUNCTION pg_catalog.f}), which a
     * superuser may do; reading from it ({@code pg_catalog.now()}, {@code EXECUTE FUNCTION
     * pg_catalog.…}) is fine.
     */
    private boolean createsInCatalog(List<SqlToken> tokens, int i, String name) {
        if (rules.systemSchema() == null || !rules.systemSchema().equals(name) || i == 0) {
            return false;
        }
        SqlToken before = tokens.get(i - 1);
        if (before.kind() != TokenKind.WORD || !CREATED_AFTER.contains(before.upper())) {
            return false;
        }
        return i < 2 || !tokens.get(i - 2).isWord("EXECUTE");
    }

    private boolean isOwn(String name) {
        return name != null && own != null && (rules.namesIgnoreCase() ? name.equalsIgnoreCase(own) : name.equals(own));
    }

    private boolean isElsewhere(String name) {
        return name != null && !name.equals("pg_catalog") && namespaces.contains(name);
    }

    /** A string literal given to nextval()/currval()/setval()/to_regclass() or cast to regclass. */
    private static boolean namesRelation(List<SqlToken> tokens, int i) {
        if (i + 3 < tokens.size() && tokens.get(i + 1).isSymbol(':')
                && tokens.get(i + 2).isSymbol(':') && tokens.get(i + 3).isWord("regclass")) {
            return true;
        }
        return i >= 2 && tokens.get(i - 1).isSymbol('(') && tokens.get(i - 2).kind() == TokenKind.WORD
                && SEQUENCE_FUNCTIONS.contains(tokens.get(i - 2).upper());
    }

    private void relationLiteral(SqlToken t, List<int[]> cuts) {
        String text = t.text();
        int end = text.length() - 1;
        int dot;
        String schema;
        if (text.startsWith("\"", 1)) {
            int close = text.indexOf('"', 2);
            if (close < 0 || close + 1 >= end || text.charAt(close + 1) != '.') {
                return;
            }
            schema = text.substring(2, close);
            dot = close + 1;
        } else {
            dot = text.indexOf('.', 1);
            if (dot < 0 || dot >= end) {
                return;
            }
            schema = text.substring(1, dot).toLowerCase(java.util.Locale.ROOT);
        }
        if (isOwn(schema)) {
            cuts.add(new int[] {t.start() + 1, t.start() + dot + 1});
        } else if (isElsewhere(schema)) {
            throw new Escape(text + " names a relation in another schema, outside the scratch");
        }
    }

    /** A statement that names another schema. */
    static final class Escape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Escape(String message) {
            super(message, null, false, false);
        }
    }
}
