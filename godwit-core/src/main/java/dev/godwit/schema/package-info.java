/**
 * The schema model: immutable records describing tables, columns, keys, indexes, constraints,
 * views, enum types and sequences, as one database holds them.
 *
 * <p>Both sides of a comparison come from the same kind of database and are read by the same
 * inspector (the desired schema is normalised by running its DDL on a scratch database), so
 * values are kept in the database's own canonical spelling: a column type is what the catalog
 * prints ({@code character varying(100)} on PostgreSQL, {@code varchar(100)} on MariaDB), and
 * a default is the catalog's expression after the small normalisations the inspector documents
 * ({@code now()} and {@code CURRENT_TIMESTAMP} both read as {@code CURRENT_TIMESTAMP}, a quoted
 * number on a numeric column as the number). Names are unqualified: the model describes one
 * schema, wherever it lives.
 */
package dev.godwit.schema;
