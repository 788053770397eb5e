package dev.godwit.internal.model;

import dev.godwit.spi.DdlStatement;

import dev.godwit.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers normalised desired schemas, so an unchanged model is not run on a scratch database
 * again: running a few hundred CREATE TABLE statements costs the server about a second, while
 * reading the answer back from a file costs milliseconds.
 *
 * <p>The key is a SHA-256 over everything the result depends on: the database kind and server
 * version, what the scratch schema inherits (MySQL's character set and collation), every statement
 * of the model, and the Godwit build that inspects it (its jar's size and time), so a changed
 * model, server or Godwit never reads a stale entry. Entries live in {@code
 * $XDG_CACHE_HOME/godwit/models} (default {@code ~/.cache/godwit/models}), one file each, written
 * atomically; an unreadable entry is ignored. Godwit run from classes rather than a jar (its own
 * tests) does not cache, and {@code GODWIT_MODEL_CACHE=off} turns the cache off.
 */
public final class ModelCache {

    private static final String FORMAT = "godwit-model-cache-v1";

    private final Path folder;
    private final String build;

    ModelCache(Path folder, String build) {
        this.folder = folder;
        this.build = build;
    }

    /** The cache of this user and Godwit build, or none when caching is off or the build cannot be told apart. */
    public static Optional<ModelCache> standard(Map<String, String> env) {
        if ("off".equalsIgnoreCase(env.getOrDefault("GODWIT_MODEL_CACHE", ""))) {
            return Optional.empty();
        }
        String build = buildIdentity();
        if (build == null) {
            return Optional.empty();
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(new ModelCache(base.resolve("godwit").resolve("models"), build));
    }

    /** The key of a model's normalised schema. */
    public String key(String kind, String serverVersion, String defaults, List<DdlStatement> statements) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(FORMAT, build, kind, String.valueOf(serverVersion), defaults)) {
                update(sha, part);
            }
            for (DdlStatement statement : statements) {
                update(sha, statement.sql());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Optional<Schema> get(String key) {
        Path file = folder.resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                    "dev.godwit.schema.*;java.util.*;java.lang.*;!*"));
            Object value = objects.readObject();
            return value instanceof Schema schema ? Optional.of(schema) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty(); // a damaged or foreign entry: normalise again and overwrite it
        }
    }

    public void put(String key, Schema schema) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(schema);
            }
            try {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs time next run.
        }
    }

    /** The jar Godwit runs from, as size and modification time; null when it does not run from a jar. */
    private static String buildIdentity() {
        try {
            var source = ModelCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return null;
            }
            return location.getFileName() + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
        } catch (URISyntaxException | IOException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void update(MessageDigest sha, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        sha.update(bytes);
    }
}
