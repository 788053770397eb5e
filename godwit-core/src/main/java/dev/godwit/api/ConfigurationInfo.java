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
 */
public record ConfigurationInfo(String database, String urlSource, String dialect, Path configFile,
                                String environment, Path migrations, String versionTable, String schema) {
}
