package dev.godwit.internal.config;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the {@code dialects} setting: each name a database of the registry ({@code postgresql},
 * {@code mysql}, {@code sqlite}) or a URL scheme selecting one ({@code postgres}, {@code mariadb}),
 * kept as the database's name; a database named twice (also through an alias) is an error.
 */
final class DialectNames {
    private DialectNames() {}

    static List<String> read(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            Optional<Database> database = Databases.named(key).or(() -> Databases.forScheme(key));
            if (database.isEmpty()) {
                throw unknown(name);
            }
            if (out.contains(database.get().name())) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "The setting `dialects` names '"
                        + database.get().name() + "' twice" + (key.equals(database.get().name()) ? "" : " (" + name
                        + " is " + database.get().name() + ")") + ".", "Name each database once.", null,
                        Map.of("setting", "dialects", "value", name));
            }
            out.add(database.get().name());
        }
        return out;
    }

    private static GodwitException unknown(String name) {
        List<String> known = Databases.all().stream().map(Database::name).collect(Collectors.toList());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Database d : Databases.all()) {
            for (String candidate : d.schemes()) {
                int distance = ConfigKey.distance(name.toLowerCase(Locale.ROOT), candidate);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = d.name();
                }
            }
        }
        boolean close = bestDistance <= Math.max(1, Math.min(3, name.length() / 3));
        return new GodwitException(ErrorCode.BAD_CONFIGURATION, "The setting `dialects` names an unknown database '"
                + name + "'.", (close ? "Did you mean '" + best + "'? " : "") + "Known: " + String.join(", ", known)
                + " (also postgres, mariadb).", null, Map.of("setting", "dialects", "value", name));
    }
}
