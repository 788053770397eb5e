package dev.godwit.internal.backup;

/**
 * The database a backup reads, as a backup needs it: the JDBC URL and the credentials to reach it,
 * the database's name (or SQLite file), and the URL for messages, password hidden. The parsed
 * database URL ({@code config.DatabaseUrl}) is one.
 */
public interface BackupSource {

    /** The JDBC URL, without credentials. */
    String jdbcUrl();

    /** The user to connect as, or null. */
    String user();

    /** The password, or null; it never reaches a command line or a message. */
    String password();

    /** The database's name, or the SQLite file. */
    String database();

    /** The URL for messages, password hidden. */
    String masked();
}
