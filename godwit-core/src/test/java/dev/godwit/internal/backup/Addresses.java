package dev.godwit.internal.backup;

import dev.godwit.internal.config.DatabaseUrl;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import dev.godwit.internal.dialect.DialectKind;

/** The tests' way to read a server address the way the URL's database reads it. */
final class Addresses {

    private Addresses() {
    }

    static ServerAddress of(BackupSource source) {
        DatabaseUrl url = (DatabaseUrl) source;
        Database database = Databases.of(url.kind());
        return ServerAddress.of(source, database.defaultPort(), url.kind() == DialectKind.POSTGRESQL);
    }
}
