package dev.godwit.internal.backup;

import java.util.List;

/**
 * The database a backup reads, as a backup needs it, taken apart: the server's hosts and ports,
 * the database's name (or SQLite file), the URL's parameters as written, the credentials, and the
 * URL for messages, password hidden. The parsed database URL ({@code config.DatabaseUrl}) is one;
 * this interface lets {@code backup} read it without depending on {@code config}.
 */
public interface BackupSource {

    /** One host of the server, and its port (the database's default when the URL gave none). */
    record Endpoint(String host, int port) {}

    /** One parameter of the URL, as written (value percent-encoded, null when the name stands alone). */
    record RawParameter(String name, String value) {}

    /** The JDBC URL, without credentials. */
    String jdbcUrl();

    /** The server's hosts, in order; empty for a file database. */
    List<Endpoint> endpoints();

    /** The URL's parameters kept for the driver (credentials taken out), as written, in order. */
    List<RawParameter> rawParameters();

    /** The user to connect as, or null. */
    String user();

    /** The password, or null; it never reaches a command line or a message. */
    String password();

    /** The database's name, decoded, or the SQLite file. */
    String database();

    /** The URL for messages, password hidden. */
    String masked();
}
