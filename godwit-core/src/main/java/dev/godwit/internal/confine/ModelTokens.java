package dev.godwit.internal.confine;

import dev.godwit.internal.script.SplitterOptions;
import dev.godwit.internal.script.SqlToken;
import dev.godwit.internal.script.SqlTokens;
import dev.godwit.internal.script.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one model statement as the server will execute them: MySQL's versioned comments
 * ({@code /*!40101 SET …}) are opened up, since the server runs what they hold, and, on request,
 * PostgreSQL's dollar-quoted bodies too, so that a function body's names are seen. Offsets are
 * those of the statement's own text.
 */
final class ModelTokens {

    private ModelTokens() {
    }

    /** The significant tokens of {@code sql}; with {@code bodies}, dollar-quoted bodies are replaced by their tokens. */
    static List<SqlToken> of(String sql, ConfinementRules rules, boolean bodies) {
        List<SqlToken> out = new ArrayList<>();
        collect(sql, 0, rules.syntax(), bodies, out);
        return out;
    }

    private static void collect(String sql, int offset, SplitterOptions syntax, boolean bodies, List<SqlToken> out) {
        for (SqlToken t : SqlTokens.significant(sql, syntax)) {
            String text = t.text();
            int inner = syntax.versionedComments() && t.kind() == TokenKind.KEPT_COMMENT ? versionedStart(text) : -1;
            if (inner > 0 && text.endsWith("*/")) {
                collect(text.substring(inner, text.length() - 2), offset + t.start() + inner, syntax, bodies, out);
                continue;
            }
            int tag = bodies && syntax.dollarQuotes() && t.kind() == TokenKind.QUOTED
                    && text.startsWith("$") ? text.indexOf('$', 1) + 1 : -1;
            if (tag > 0 && text.length() >= 2 * tag) {
                collect(text.substring(tag, text.length() - tag), offset + t.start() + tag, syntax, true, out);
                continue;
            }
            out.add(new SqlToken(t.kind(), text, t.start() + offset, t.end() + offset));
        }
    }

    /** Where the SQL of {@code /*!40101 …*\/} or {@code /*M!100101 …*\/} begins, or -1 for another comment. */
    private static int versionedStart(String comment) {
        int i = 2;
        if (i < comment.length() && comment.charAt(i) == 'M') {
            i++;
        }
        if (i >= comment.length() || comment.charAt(i) != '!') {
            return -1;
        }
        i++;
        while (i < comment.length() && Character.isDigit(comment.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The upper-cased text of a word, the text of anything else; "" past the end. */
    static String word(List<SqlToken> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return "";
        }
        SqlToken t = tokens.get(i);
        return t.kind() == TokenKind.WORD ? t.upper() : t.text();
    }

    /**
     * The name a word or quoted identifier stands for, as the catalog keeps it: PostgreSQL folds an
     * unquoted name to lower case, MySQL's names are compared in lower case; null for anything
     * else.
     */
    static String name(SqlToken t, ConfinementRules rules) {
        String text = t.text();
        if (t.kind() == TokenKind.WORD) {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
        if (t.kind() != TokenKind.QUOTED || text.length() < 2) {
            return null;
        }
        char q = rules.identifierQuote();
        if (text.charAt(0) != q || text.charAt(text.length() - 1) != q) {
            return null;
        }
        String inner = text.substring(1, text.length() - 1).replace(String.valueOf(q) + q, String.valueOf(q));
        return rules.namesIgnoreCase() ? inner.toLowerCase(java.util.Locale.ROOT) : inner;
    }
}
