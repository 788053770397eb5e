package dev.godwit.internal.db.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads information_schema.TABLES.CREATE_OPTIONS ({@code row_format=COMPRESSED key_block_size=8})
 * into the options {@code SHOW CREATE TABLE} prints ({@code ROW_FORMAT=COMPRESSED},
 * {@code KEY_BLOCK_SIZE=8}), in the column's order. The column only lists options the table was given
 * explicitly: a table left to the default row format has none. {@code partitioned} is left out
 * (partitioning is not modelled), and so is anything else without a value. So are Aria's
 * {@code transactional} and {@code page_checksum}: the column shows them whether the table was
 * given them or not ({@code transactional=1} on any Aria table), and a table rebuilt under Aria
 * (CONVERT TO CHARACTER SET) has them set, even after it moves to another engine. An
 * engine-defined attribute ({@code `page_compressed`='1'}) keeps its quoted spelling, as SHOW
 * CREATE TABLE does.
 */
final class MysqlCreateOptions {

    /** Options the column reports whether they were given or not. */
    private static final Set<String> UNRELIABLE = Set.of("TRANSACTIONAL", "PAGE_CHECKSUM");

    private MysqlCreateOptions() {
    }

    static List<String> parse(String createOptions) {
        List<String> options = new ArrayList<>();
        if (createOptions == null) {
            return options;
        }
        for (String word : words(createOptions)) {
            int equals = word.indexOf('=');
            if (equals <= 0 || word.startsWith("`")) {
                if (equals > 0) {
                    options.add(word);
                }
                continue;
            }
            String name = word.substring(0, equals).toUpperCase(Locale.ROOT);
            if (!UNRELIABLE.contains(name)) {
                options.add(name + word.substring(equals));
            }
        }
        return options;
    }

    /** The text split on spaces outside quotes and backquotes. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            if (quote == 0 && (c == '\'' || c == '`' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            word.append(c);
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
