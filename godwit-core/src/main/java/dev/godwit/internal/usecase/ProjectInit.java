package dev.godwit.internal.usecase;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.internal.config.ConfigTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code init}: a new project's godwit.toml (SQLite by default) and its empty migrations folder. */
public final class ProjectInit {
    private ProjectInit() {
    }

    /** Writes the project into {@code dir}; refuses to overwrite a godwit.toml. Returns the file written. */
    public static Path create(Path dir) {
        Path config = dir.resolve("godwit.toml");
        if (Files.exists(config)) {
            throw new GodwitException(ErrorCode.ALREADY_EXISTS, config + " already exists",
                    "Edit it, or run init in another folder.");
        }
        try {
            Files.createDirectories(dir.resolve("migrations").resolve("versions"));
            Files.writeString(config, ConfigTemplate.render("migrations/versions"));
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not create " + config + ": " + e.getMessage(),
                    "Check that the folder is writable.", e);
        }
        return config;
    }
}
