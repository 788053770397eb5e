package dev.godwit.internal.config;

import java.nio.file.Path;

/**
 * The {@code model} setting resolved: either a model a plugin reads ({@code jpa:com.example.model}:
 * the scheme, then what the plugin is given) or a folder of {@code .sql} files, resolved against
 * the config file's folder (the base folder when there is no config file).
 *
 * @param text the setting as written (after interpolation)
 * @param scheme the plugin's scheme ({@code jpa}), or null for a folder of {@code .sql} files
 * @param folder the folder of {@code .sql} files, absolute; null for a plugin's model
 * @param base the folder relative paths of the model (the folder, a plugin's classpath) are resolved against
 */
public record ModelSpec(String text, String scheme, Path folder, Path base) {

    /**
     * {@code model} resolved against {@code base}.
     *
     * @throws java.nio.file.InvalidPathException when a folder model is no valid path
     */
    public static ModelSpec of(String model, Path base) {
        String scheme = schemeOf(model);
        return new ModelSpec(model, scheme, scheme == null ? base.resolve(model).normalize() : null, base);
    }

    /**
     * The scheme of a plugin's model ({@code jpa} of {@code jpa:com.example}): letters before a
     * colon, at least two of them (one is a Windows drive letter); null for a folder.
     */
    public static String schemeOf(String model) {
        int colon = model.indexOf(':');
        if (colon < 2) {
            return null; // none, or a Windows drive letter
        }
        String scheme = model.substring(0, colon);
        return scheme.chars().allMatch(Character::isLetter) ? scheme : null;
    }

    /** Whether a plugin reads this model. */
    public boolean isPlugin() {
        return scheme != null;
    }
}
