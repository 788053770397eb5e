package dev.godwit.internal.config;

/**
 * The commented {@code godwit.toml} that {@code godwit init} writes: the default URL and revision
 * folder set, every other key shown commented out with its default, and a commented-out
 * production environment.
 */
public final class ConfigTemplate {
    private ConfigTemplate() {}

    /** The template, its {@code migrations} key set to {@code migrationsDir} (relative to the file). */
    public static String render(String migrationsDir) {
        return String.join("\n",
                "# Godwit configuration.",
                "# Any string may use ${VAR} or ${VAR:-default} from the environment ($${ is a literal '${').",
                "",
                "# The database. The DATABASE_URL environment variable overrides this, and --url overrides both.",
                "# Forms: postgresql://user:password@host:5432/db, mysql://user:password@host:3306/db,",
                "#        sqlite:///relative/path.db, sqlite:////absolute/path.db, jdbc:postgresql://host/db.",
                "url = \"" + Settings.DEFAULT_URL + "\"",
                "",
                "# Credentials, when you'd rather keep them out of the URL:",
                "# user = \"app\"",
                "# password = \"${DB_PASSWORD}\"",
                "",
                "# The folder of revision files, relative to this file.",
                "migrations = " + tomlString(migrationsDir),
                "",
                "# The schema you want, as CREATE statements in .sql files in this folder: migrate, check and",
                "# diff compare the database with it (docs/autogenerate.md).",
                "# model = \"schema\"",
                "",
                "# One set of revisions for several databases: migrate writes a section per database, each",
                "# built on a scratch database of that kind (SQLite needs none) (docs/autogenerate.md).",
                "# dialects = [\"postgresql\", \"sqlite\"]",
                "# dev_urls = [\"postgresql://localhost/scratch\"]",
                "",
                "# How new revision files are named.",
                "# file_template = \"" + Settings.DEFAULT_FILE_TEMPLATE + "\"",
                "",
                "# The tables Godwit keeps its state in, and their schema (default: the connection's).",
                "# version_table = \"" + Settings.DEFAULT_VERSION_TABLE + "\"",
                "# history_table = \"" + Settings.DEFAULT_HISTORY_TABLE + "\"",
                "# schema = \"public\"",
                "",
                "# How long to wait for another run's migration lock: seconds, or \"90s\", \"2m\".",
                "# lock_timeout = " + Settings.DEFAULT_LOCK_TIMEOUT.getSeconds(),
                "",
                "# How long to wait for the server to answer a connection, and for a statement of a",
                "# revision to get a table lock another session holds (0: no limit).",
                "# connect_timeout = " + Timeouts.DEFAULT_CONNECT.getSeconds(),
                "# statement_lock_timeout = " + Timeouts.DEFAULT_STATEMENT_LOCK.getSeconds(),
                "",
                "# Ask before changing the database; back it up first.",
                "# confirm = false",
                "# backup = false",
                "# backup_dir = \"" + Settings.DEFAULT_BACKUP_DIR + "\"",
                "# Hand each backup to a command before migrating (the file: $GODWIT_BACKUP_FILE or {file});",
                "# a failing command stops the run. The database password is never passed to it.",
                "# backup_command = 'aws s3 cp \"$GODWIT_BACKUP_FILE\" s3://my-bucket/'",
                "",
                "# Named environments, chosen with -e NAME; their keys override the ones above.",
                "# [environments.production]",
                "# url = \"${DATABASE_URL}\"",
                "# confirm = true",
                "");
    }

    /** {@code s} as a TOML basic string. */
    private static String tomlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
