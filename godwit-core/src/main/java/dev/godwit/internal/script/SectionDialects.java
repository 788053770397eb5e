package dev.godwit.internal.script;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dialect names a revision file's section markers accept ({@code -- +upgrade postgresql}):
 * the registry's database names ({@code postgresql}, {@code mysql}, {@code sqlite}) and the URL
 * scheme aliases that select the same database ({@code postgres}, {@code mariadb}), each read as
 * its database name. The script package sits below the registry, so the names are listed here; a
 * test checks them against the registry.
 */
public final class SectionDialects {
    /** The database names, in the order sections are written and listed. */
    public static final List<String> NAMES = List.of("postgresql", "mysql", "sqlite");

    private static final Map<String, String> ALIASES = Map.of(
            "postgresql", "postgresql", "postgres", "postgresql",
            "mysql", "mysql", "mariadb", "mysql",
            "sqlite", "sqlite");

    private SectionDialects() {}

    /** The database name for {@code name} (any case, an alias allowed), or null when it names none. */
    public static String canonical(String name) {
        return name == null ? null : ALIASES.get(name.strip().toLowerCase(Locale.ROOT));
    }

    /** The position of a database name in {@link #NAMES} (unknown names last), for a stable order. */
    static int rank(String name) {
        int i = NAMES.indexOf(name);
        return i < 0 ? NAMES.size() : i;
    }

    /** The names a marker accepts, for a hint. */
    public static String known() {
        return "postgresql (or postgres), mysql (or mariadb) and sqlite";
    }
}
