package dev.godwit.internal.db;

import dev.godwit.internal.dialect.DialectKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of supported databases: the only place that knows them all. The descriptions are
 * found with {@link ServiceLoader} (so this package never names an implementation), once, and only
 * their small description classes are loaded: nothing of a database is loaded until it is used.
 */
public final class Databases {

    private static volatile List<Database> all;

    private Databases() {
    }

    /** Every supported database, in the order the service file lists them. */
    public static List<Database> all() {
        List<Database> found = all;
        if (found == null) {
            found = ServiceLoader.load(Database.class, Databases.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get)
                    .toList();
            all = found;
        }
        return found;
    }

    /** The database of {@code kind}. */
    public static Database of(DialectKind kind) {
        java.util.Objects.requireNonNull(kind, "kind");
        for (Database database : all()) {
            if (database.kind() == kind) {
                return database;
            }
        }
        throw new IllegalStateException("no database registered for " + kind);
    }

    /** The database called {@code name} ({@code postgresql}, {@code mysql}, {@code sqlite}), ignoring case. */
    public static Optional<Database> named(String name) {
        return all().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The database a URL scheme ({@code postgres}, {@code mariadb}, …) selects. */
    public static Optional<Database> forScheme(String scheme) {
        String wanted = scheme.toLowerCase(Locale.ROOT);
        return all().stream().filter(d -> d.schemes().contains(wanted)).findFirst();
    }

    /** The database a JDBC subprotocol ({@code postgresql} in {@code jdbc:postgresql:…}) selects. */
    public static Optional<Database> forSubprotocol(String subprotocol) {
        String wanted = subprotocol.toLowerCase(Locale.ROOT);
        return all().stream().filter(d -> d.jdbcSubprotocols().contains(wanted)).findFirst();
    }
}
