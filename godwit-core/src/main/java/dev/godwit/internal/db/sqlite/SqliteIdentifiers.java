package dev.godwit.internal.db.sqlite;

import dev.godwit.internal.render.Identifiers;

/**
 * How generated Sqlite SQL writes names: quoted only when not a plain lower-case identifier or one
 * of the reserved words: all of SQLite's keywords, since its parser takes some of them as names only in some
 * places.
 */
final class SqliteIdentifiers {

    static final Identifiers IDENTIFIERS = new Identifiers('"', Identifiers.words("""
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

    private SqliteIdentifiers() {
    }
}
