package dev.godwit.internal.db.mysql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ALTER TABLE clauses that take a MySQL/MariaDB table from one set of explicit create options
 * ({@code ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8}) to another: each option the table loses is set
 * back to the value that removes it from {@code SHOW CREATE TABLE} (and from CREATE_OPTIONS), then
 * each new or changed option is set. Both go in the same statement, since the server checks the
 * resulting combination (InnoDB refuses {@code ROW_FORMAT=DYNAMIC} with a KEY_BLOCK_SIZE).
 */
final class MysqlCreateOptionChange {

    /** Options whose "not given" value is 0; every other option (ROW_FORMAT, PACK_KEYS, STATS_…) takes DEFAULT. */
    private static final Set<String> ZERO_RESET = Set.of("KEY_BLOCK_SIZE", "MIN_ROWS", "MAX_ROWS", "AVG_ROW_LENGTH",
            "CHECKSUM", "DELAY_KEY_WRITE");

    private MysqlCreateOptionChange() {
    }

    static List<String> clauses(List<String> from, List<String> to) {
        Map<String, String> target = new LinkedHashMap<>();
        for (String option : to) {
            target.put(name(option), option);
        }
        List<String> clauses = new ArrayList<>();
        for (String option : from) {
            String name = name(option);
            if (!target.containsKey(name)) {
                clauses.add(name + "=" + (ZERO_RESET.contains(name.toUpperCase(Locale.ROOT)) ? "0" : "DEFAULT"));
            }
        }
        for (String option : to) {
            if (!from.contains(option)) {
                clauses.add(option);
            }
        }
        return clauses;
    }

    /** The option's name as written: {@code ROW_FORMAT}, or an engine attribute's {@code `page_compressed`}. */
    private static String name(String option) {
        int equals = option.indexOf('=');
        return equals < 0 ? option : option.substring(0, equals);
    }
}
