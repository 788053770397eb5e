package dev.godwit.internal.inspect;

import java.util.Map;

/**
 * A cheap summary of a schema, read in one catalog query: per table, a value that changes whenever
 * anything the inspector reads of that table changes (its columns, keys, indexes, comments…), and
 * one value for everything that is not a table (views, enum types, sequences, routines). Two equal
 * fingerprints of the same database mean the inspector would read the same schema; two different
 * ones say nothing (the inspector may still read the same).
 *
 * @param tables each table's value, by name, Godwit's own tables included
 * @param rest the value of everything else in the schema
 */
public record SchemaFingerprint(Map<String, String> tables, String rest) {
    public SchemaFingerprint {
        tables = Map.copyOf(tables);
    }
}
