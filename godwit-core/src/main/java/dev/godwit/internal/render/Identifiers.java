package dev.godwit.internal.render;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes names as one dialect needs them, quoting only when a name would not survive bare: a
 * name that is not a plain lower-case identifier ({@code [a-z_][a-z0-9_]*}) or that is one of the
 * dialect's reserved words. Generated revisions stay readable ({@code tickets}, not
 * {@code "tickets"}) while {@code "Order"}, {@code "user"} and {@code `key`} still work.
 *
 * <p>The word lists: PostgreSQL's are the reserved, type/function-name and column-name keywords
 * of {@code pg_get_keywords()} (the last kind is legal as a column name, but quoting it costs
 * nothing and keeps it legal everywhere); MySQL/MariaDB's are the words MariaDB 10.11 refuses as a
 * bare column or table name, plus MySQL 8's reserved words, so one script runs on both; SQLite's
 * are all of its keywords, since its parser takes some of them as names only in some places.
 */
final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");

    static final Identifiers POSTGRES = new Identifiers('"', words("""
            all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean both
            case cast char character check coalesce collate collation column concurrently constraint create cross
            current_catalog current_date current_role current_schema current_time current_timestamp current_user dec
            decimal default deferrable desc distinct do else end except exists extract false fetch float for foreign
            freeze from full grant greatest group grouping having ilike in initially inner inout int integer intersect
            interval into is isnull join lateral leading least left like limit localtime localtimestamp national
            natural nchar none normalize not notnull null nullif numeric offset on only or order out outer overlaps
            overlay placing position precision primary real references returning right row select session_user setof
            similar smallint some substring symmetric table tablesample then time timestamp to trailing treat trim
            true union unique user using values varchar variadic verbose when where window with xmlattributes
            xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable
            """));

    static final Identifiers MYSQL = new Identifiers('`', words("""
            accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call
            cascade case change char character check collate column condition constraint continue convert create
            cross cube cume_dist current_date current_role current_time current_timestamp current_user cursor
            database databases day_hour day_microsecond day_minute day_second dec decimal declare default delayed
            delete delete_domain_id dense_rank desc describe deterministic distinct distinctrow div do_domain_ids
            double drop dual each else elseif empty enclosed escaped except exists exit explain false fetch
            first_value float float4 float8 for force foreign from fulltext function generated get grant group
            grouping groups having high_priority hour_microsecond hour_minute hour_second if ignore
            ignore_domain_ids in index infile inner inout insensitive insert int int1 int2 int3 int4 int8 integer
            intersect interval into io_after_gtids io_before_gtids is iterate join json_table key keys kill lag
            last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp lock
            long longblob longtext loop low_priority manual master_bind master_demote_to_replica
            master_demote_to_slave master_ssl_verify_server_cert match maxvalue mediumblob mediumint mediumtext
            middleint minute_microsecond minute_second mod modifies natural no_write_to_binlog not nth_value ntile
            null numeric of offset on optimize optimizer_costs option optionally or order out outer outfile over
            page_checksum parallel parse_vcol_expr partition percent_rank portion precision primary procedure purge
            qualify range rank read read_write reads real recursive ref_system_id references regexp release rename
            repeat replace require resignal restrict return returning revoke right rlike row row_number rows schema
            schemas second_microsecond select sensitive separator set show signal smallint spatial specific sql
            sql_big_result sql_calc_found_rows sql_small_result sqlexception sqlstate sqlwarning ssl starting
            stats_auto_recalc stats_persistent stats_sample_pages stored straight_join system table terminated then
            tinyblob tinyint tinytext to trailing trigger true undo union unique unlock unsigned update usage use
            using utc_date utc_time utc_timestamp values varbinary varchar varcharacter varying virtual when where
            while window with write xor year_month zerofill
            """));

    static final Identifiers SQLITE = new Identifiers('"', words("""
            abort action add after all alter always analyze and as asc attach autoincrement before begin between by
            cascade case cast check collate column commit conflict constraint create cross current current_date
            current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop
            each else end escape except exclude exclusive exists explain fail filter first following for foreign from
            full generated glob group groups having if ignore immediate in index indexed initially inner insert
            instead intersect into is isnull join key last left like limit match materialized natural no not nothing
            notnull null nulls of offset on or order others outer over partition plan pragma preceding primary query
            raise range recursive references regexp reindex release rename replace restrict returning right rollback
            row rows savepoint select set table temp temporary then ties to transaction trigger unbounded union
            unique update using vacuum values view virtual when where window with without
            """));

    private final char quote;
    private final Set<String> reserved;

    private Identifiers(char quote, Set<String> reserved) {
        this.quote = quote;
        this.reserved = reserved;
    }

    /** The name, quoted when it must be. */
    String quote(String name) {
        if (PLAIN.matcher(name).matches() && !reserved.contains(name)) {
            return name;
        }
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }

    /** Names separated by commas, each quoted when it must be: {@code a, "B", c}. */
    String list(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    boolean isReserved(String word) {
        return reserved.contains(word);
    }

    private static Set<String> words(String text) {
        return Set.of(text.strip().split("\\s+"));
    }
}
