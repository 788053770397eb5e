package dev.godwit.internal.db;

import dev.godwit.internal.dialect.DialectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Predicate;

/**
 * The registry of supported databases: the only place that knows them all. The descriptions are
 * found with {@link ServiceLoader} (so this package never names an implementation), lazily and in
 * the service file's order, SQLite first: a lookup loads descriptions only until one matches, so a
 * SQLite run loads no class of the other databases, and a server run only their small
 * descriptions. Nothing else of a database is loaded until it is used.
 */
public final class Databases {

    /** Caches the descriptions it has loaded; not thread-safe, so every use is synchronized. */
    private static final ServiceLoader<Database> LOADER =
            ServiceLoader.load(Database.class, Databases.class.getClassLoader());

    private Databases() {
    }

    /** Every supported database, in the order the service file lists them. */
    public static synchronized List<Database> all() {
        List<Database> out = new ArrayList<>();
        LOADER.forEach(out::add);
        return List.copyOf(out);
    }

    /** The database of {@code kind}. */
    public static Database of(DialectKind kind) {
        Objects.requireNonNull(kind, "kind");
        return find(d -> d.kind() == kind)
                .orElseThrow(() -> new IllegalStateException("no database registered for " + kind));
    }

    /** The database called {@code name} ({@code postgresql}, {@code mysql}, {@code sqlite}), ignoring case. */
    public static Optional<Database> named(String name) {
        return find(d -> d.name().equalsIgnoreCase(name));
    }

    /** The database a URL scheme ({@code postgres}, {@code mariadb}, …) selects. */
    public static Optional<Database> forScheme(String scheme) {
        String wanted = scheme.toLowerCase(Locale.ROOT);
        return find(d -> d.schemes().contains(wanted));
    }

    /** The database a JDBC subprotocol ({@code postgresql} in {@code jdbc:postgresql:…}) selects. */
    public static Optional<Database> forSubprotocol(String subprotocol) {
        String wanted = subprotocol.toLowerCase(Locale.ROOT);
        return find(d -> d.jdbcSubprotocols().contains(wanted));
    }

    private static synchronized Optional<Database> find(Predicate<Database> wanted) {
        for (Database database : LOADER) {
            if (wanted.test(database)) {
                return Optional.of(database);
            }
        }
        return Optional.empty();
    }
}
