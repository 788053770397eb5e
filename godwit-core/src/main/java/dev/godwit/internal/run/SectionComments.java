package dev.godwit.internal.run;

import dev.godwit.internal.script.Section;
import dev.godwit.internal.script.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The line comments of a revision section that stand between its statements ({@code -- WARNING:
 * drops column …}, a note on why), so the offline script a DBA reviews carries them next to the
 * statements they are about. Only whole comment lines count; a block comment or a comment after a
 * statement on its line stays out.
 */
final class SectionComments {

    private final String[] lines;
    private final int firstLine;
    private final boolean hashComments;

    private SectionComments(Section section, boolean hashComments) {
        this.lines = section.sql().split("\r?\n|\r", -1);
        this.firstLine = section.firstLine();
        this.hashComments = hashComments;
    }

    /**
     * For each statement, the comment lines before it (after the one before); one more entry at the
     * end for the comment lines after the last statement.
     */
    static List<List<String>> of(Section section, List<Statement> statements, boolean hashComments) {
        SectionComments comments = new SectionComments(section, hashComments);
        List<List<String>> out = new ArrayList<>();
        int previousEnd = section.firstLine() - 1;
        for (Statement s : statements) {
            out.add(comments.between(previousEnd + 1, s.line() - 1));
            previousEnd = s.line() + newlines(s.sql());
        }
        out.add(comments.between(previousEnd + 1, section.firstLine() + comments.lines.length - 1));
        return out;
    }

    private List<String> between(int fromLine, int toLine) {
        List<String> out = new ArrayList<>();
        for (int line = Math.max(fromLine, firstLine); line <= toLine; line++) {
            int at = line - firstLine;
            if (at >= lines.length) {
                break;
            }
            String text = lines[at].strip();
            if (text.startsWith("-- ") || text.equals("--") || (hashComments && text.startsWith("#"))) {
                out.add(text);
            }
        }
        return out;
    }

    private static int newlines(String sql) {
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == sql.length() || sql.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
