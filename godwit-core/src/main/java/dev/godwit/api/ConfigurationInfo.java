package dev.godwit.api;

import java.nio.file.Path;

/**
 * The resolved configuration, for display (`current --verbose`). Never carries a password.
 *
 * @param database     the database URL, password masked
 * @param urlSource    where the URL came from
 * @param dialect      the database family
 * @param configFile   the godwit.toml read, or null
 * @param environment  the environment chosen with -e, or null
 * @param migrations   the folder of revision files
 * @param versionTable the version table
 * @param schema       the schema (PostgreSQL) or database (MySQL) used, or null for the default
 * @param databaseName the database's name (the SQLite file's name), which confirmation asks to type
 * @param confirm      whether changes need confirmation (`confirm = true` in the environment)
 * @param backup       whether a backup is taken before each change (`backup = true`)
 * @param backupDir    where backups go
 * @param databaseKind the short name of the database family ({@code postgresql}, {@code mysql},
 *                     {@code sqlite}), for code that acts on it; {@code dialect} is for people
 */
public record ConfigurationInfo(String database, String urlSource, String dialect, Path configFile,
                                String environment, Path migrations, String versionTable, String schema,
                                String databaseName, boolean confirm, boolean backup, Path backupDir,
                                String databaseKind) {
}
