package dev.godwit.internal.script;

import dev.godwit.internal.db.Databases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.godwit.internal.dialect.DialectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Randomized scripts (fixed seeds): statements glued with random white space and comments split
 * back into exactly themselves with the right lines; random re-renderings keep the normalized
 * form; changing one token changes it.
 */
class SplitterPropertyTest {
    private static final List<String> COMMON = List.of(
            "SELECT", "a", "t1", "begin_date", "end_at", "case_id", "42", "3.5", "(", ")", ",", "=", "+", "<",
            "'str; -- not /* comment'", "'it''s;'", "''", "\"id;x\"", "\"q\"\"uote\"", "'multi\nline;'");
    private static final List<String> POSTGRES = List.of(
            "$$ a; 'b' -- c $$", "$fn$ BEGIN; END; $x$ $fn$", "E'x\\'y;'", "U&'d\\0061t'", "$1", "a$b", "::", "[1]");
    private static final List<String> MYSQL = List.of("`a;b`", "`x``y`", "'a\\'b;'", "\"c\\\"d;\"", "/*!50100 X */", "@v");
    private static final List<String> SQLITE = List.of("[a;b]", "`a;b`", "?1", ":name", "$x");
    private static final List<String> GAPS = List.of(" ", "  ", "\n", "\r\n", "\t", " /* c; 'x */ ", "\n-- note; 'q\n",
            " /* multi\nline */\n");

    private static List<String> tokens(DialectKind kind, boolean forNormalizing) {
        List<String> all = new ArrayList<>(COMMON);
        switch (kind) {
            case POSTGRESQL:
                all.addAll(POSTGRES);
                break;
            case MYSQL:
                all.addAll(forNormalizing ? MYSQL.subList(0, 2) : MYSQL);
                break;
            default:
                all.addAll(forNormalizing ? List.of("`a;b`", "?1", ":name") : SQLITE);
                break;
        }
        return all;
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** A statement: SELECT then random tokens, separated by random gaps. */
    private static List<String> randomTokens(Random r, List<String> pool) {
        List<String> t = new ArrayList<>();
        t.add("SELECT");
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            t.add(pick(r, pool));
        }
        return t;
    }

    private static String render(Random r, List<String> tokens) {
        StringBuilder sb = new StringBuilder(tokens.get(0));
        for (int i = 1; i < tokens.size(); i++) {
            sb.append(pick(r, GAPS)).append(tokens.get(i));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void randomScriptsSplitBackIntoTheirStatements(DialectKind kind) {
        Random r = new Random(42 + kind.ordinal());
        List<String> pool = tokens(kind, false);
        for (int round = 0; round < 300; round++) {
            StringBuilder script = new StringBuilder();
            List<String> expected = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            int count = r.nextInt(6);
            for (int s = 0; s < count; s++) {
                script.append(r.nextBoolean() ? pick(r, GAPS) : "");
                String sql = render(r, randomTokens(r, pool));
                lines.add(lineAt(script, script.length()));
                expected.add(sql);
                script.append(sql).append(r.nextBoolean() ? pick(r, GAPS) : "");
                if (s < count - 1 || r.nextBoolean()) {
                    script.append(';');
                }
            }
            List<Statement> got = StatementSplitter.split(script.toString(), 1, Databases.of(kind).dialect().splitterOptions());
            String context = kind + " round " + round + ":\n" + script;
            assertEquals(expected, got.stream().map(Statement::sql).toList(), context);
            assertEquals(lines, got.stream().map(Statement::line).toList(), context);
        }
    }

    @ParameterizedTest
    @EnumSource(DialectKind.class)
    void rerenderingKeepsAndTokenChangesChangeTheNormalizedForm(DialectKind kind) {
        Random r = new Random(7 + kind.ordinal());
        List<String> pool = tokens(kind, true);
        for (int round = 0; round < 500; round++) {
            List<String> tokens = randomTokens(r, pool);
            String one = render(r, tokens);
            String two = render(r, tokens);
            String normalized = new Statement(one, 1, 1).normalized();
            assertEquals(normalized, new Statement(two, 1, 1).normalized(), one + "\n---\n" + two);
            assertEquals(joined(tokens).replace("\r\n", "\n"), normalized);

            List<String> changed = new ArrayList<>(tokens);
            int at = 1 + r.nextInt(changed.size() - 1);
            String replacement = pick(r, pool);
            if (replacement.equals(changed.get(at))) {
                replacement = "zz";
            }
            changed.set(at, replacement);
            assertNotEquals(normalized, new Statement(render(r, changed), 1, 1).normalized(), one);
        }
    }

    /** Tokens as the normalised form joins them: a space only between two word-like characters. */
    private static String joined(List<String> tokens) {
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (out.length() > 0 && SqlNormalizer.wordLike(out.charAt(out.length() - 1))
                    && SqlNormalizer.wordLike(token.charAt(0))) {
                out.append(' ');
            }
            out.append(token);
        }
        return out.toString();
    }

    private static int lineAt(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
