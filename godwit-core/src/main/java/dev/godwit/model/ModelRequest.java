package dev.godwit.model;

import dev.godwit.config.ModelOptions;
import dev.godwit.dialect.DialectKind;
import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ModelSourceProvider} is asked for.
 *
 * @param spec {@code model} after the scheme and its colon: {@code com.example.model}
 * @param kind the kind of database the statements must run on
 * @param product the live server's product name ({@code MariaDB}, {@code MySQL}, {@code PostgreSQL}, {@code SQLite})
 * @param version the live server's version, as its driver reports it
 * @param options the classpath and naming settings as written in godwit.toml
 * @param classpath the classpath entries, resolved and with {@code *.jar} expanded
 * @param loader a class loader over {@code classpath} (and the provider's own classes)
 */
public record ModelRequest(String spec, DialectKind kind, String product, String version, ModelOptions options,
        List<Path> classpath, ClassLoader loader) {

    public ModelRequest {
        classpath = List.copyOf(classpath);
    }
}
