package dev.godwit.internal.autogen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which tables a schema comparison looks at: all but Godwit's own version, history and progress tables,
 * those matched by an {@code exclude_tables} pattern ({@code *} any run of characters, {@code ?}
 * one character; case-insensitive, whole name) and, unless {@code exclude_tool_tables = false},
 * the bookkeeping tables of other migration tools, which a database coming from one still has.
 */
public final class TableFilter {

    /** Alembic's, Flyway's and Liquibase's bookkeeping tables, under their default names. */
    public static final List<String> TOOL_TABLES =
            List.of("alembic_version", "flyway_schema_history", "databasechangelog", "databasechangeloglock");

    private final List<Pattern> excluded = new ArrayList<>();

    public TableFilter(String versionTable, String historyTable, List<String> patterns) {
        this(versionTable, historyTable, patterns, false);
    }

    public TableFilter(String versionTable, String historyTable, List<String> patterns, boolean toolTables) {
        excluded.add(glob(versionTable));
        excluded.add(glob(historyTable));
        excluded.add(glob(historyTable + dev.godwit.internal.run.ProgressTable.SUFFIX));
        if (toolTables) {
            for (String table : TOOL_TABLES) {
                excluded.add(glob(table));
            }
        }
        for (String pattern : patterns) {
            excluded.add(glob(pattern));
        }
    }

    /** True when {@code table} takes part in the comparison. */
    public boolean includes(String table) {
        for (Pattern p : excluded) {
            if (p.matcher(table).matches()) {
                return false;
            }
        }
        return true;
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public String toString() {
        return excluded.stream().map(Pattern::pattern).toList().toString().toLowerCase(Locale.ROOT);
    }
}
