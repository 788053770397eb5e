package dev.godwit.internal.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Who runs a change, for the audit history: database user, operating-system user and host. */
public record RunIdentity(String databaseUser, String osUser, String host) {

    public static RunIdentity of(Connection connection, String configuredUser) {
        String dbUser = configuredUser;
        if (dbUser == null) {
            try {
                dbUser = connection.getMetaData().getUserName();
            } catch (SQLException e) {
                dbUser = null;
            }
        }
        return new RunIdentity(dbUser, System.getProperty("user.name"), hostName());
    }

    /** The host name without a DNS lookup, which can take seconds on a badly configured machine. */
    static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            String computer = System.getenv("COMPUTERNAME");
            return computer == null ? "unknown" : computer;
        }
    }
}
