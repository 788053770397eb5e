package dev.godwit.internal.run;

import dev.godwit.internal.dialect.RunLock;
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
        return new RunIdentity(dbUser, System.getProperty("user.name"), RunLock.hostName());
    }
}
