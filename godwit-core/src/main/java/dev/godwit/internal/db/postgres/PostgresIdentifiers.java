package dev.godwit.internal.db.postgres;

import dev.godwit.internal.render.Identifiers;

/**
 * How generated Postgres SQL writes names: quoted only when not a plain lower-case identifier or one
 * of the reserved words: the reserved, type/function-name and column-name keywords of
 * {@code pg_get_keywords()} (the last kind is legal as a column name, but quoting it costs nothing and
 * keeps it legal everywhere).
 */
final class PostgresIdentifiers {

    static final Identifiers IDENTIFIERS = new Identifiers('"', Identifiers.words("""
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

    private PostgresIdentifiers() {
    }
}
