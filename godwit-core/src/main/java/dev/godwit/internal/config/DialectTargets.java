package dev.godwit.internal.config;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.db.Database;
import dev.godwit.internal.db.Databases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The databases one set of revisions is written for ({@code dialects}) and the scratch servers
 * that stand for each of them ({@code dev_urls}): what `migrate` needs to write a section per
 * database from a portable model.
 *
 * @param dialects registry names ({@code postgresql}, {@code mysql}, {@code sqlite}), in the order
 *     given; empty: the revisions are written for the live database alone (shared sections)
 * @param devUrls scratch server URLs as written, each serving the database its scheme names
 */
public record DialectTargets(List<String> dialects, List<String> devUrls) {

    /** No dialects configured: one shared section, as always. */
    public static final DialectTargets NONE = new DialectTargets(List.of(), List.of());

    public DialectTargets {
        dialects = dialects == null ? List.of() : List.copyOf(dialects);
        devUrls = devUrls == null ? List.of() : List.copyOf(devUrls);
        List<String> seen = new ArrayList<>();
        for (String name : dialects) {
            if (Databases.named(name).isEmpty()) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "dialects names an unknown database '" + name
                        + "'", "Use the names " + known() + ".");
            }
            if (seen.contains(name)) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "dialects names '" + name + "' twice",
                        "Name each database once.");
            }
            seen.add(name);
        }
        for (String url : devUrls) {
            DatabaseUrl.parse(url, Path.of("")); // an unusable URL fails here, naming itself masked
        }
    }

    /** Whether revisions get a section per dialect. */
    public boolean isEmpty() {
        return dialects.isEmpty();
    }

    /**
     * The scratch server for {@code database}: the first {@code dev_urls} entry of that kind, parsed
     * against {@code baseDir}; empty when there is none.
     */
    public Optional<DatabaseUrl> devUrlFor(Database database, Path baseDir) {
        for (String text : devUrls) {
            DatabaseUrl url = DatabaseUrl.parse(text, baseDir);
            if (url.kind() == database.kind()) {
                return Optional.of(url);
            }
        }
        return Optional.empty();
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        for (Database d : Databases.all()) {
            names.add(d.name());
        }
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        List<String> masked = new ArrayList<>();
        for (String url : devUrls) {
            masked.add(DatabaseUrl.mask(url));
        }
        return "DialectTargets[dialects=" + dialects + ", devUrls=" + masked + "]";
    }
}
