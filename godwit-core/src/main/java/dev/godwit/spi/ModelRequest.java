package dev.godwit.spi;

import java.nio.file.Path;
import java.util.List;

/**
 * What a {@link ModelSourceProvider} is asked for.
 *
 * @param spec {@code model} after the scheme and its colon: {@code com.example.model}
 * @param database the database the statements must run on, by its registry name: {@code postgresql},
 *     {@code mysql} (MySQL and MariaDB) or {@code sqlite}
 * @param product the live server's product name ({@code MariaDB}, {@code MySQL}, {@code PostgreSQL}, {@code SQLite})
 * @param version the live server's version, as its driver reports it
 * @param options the classpath and naming settings as written in godwit.toml
 * @param classpath the classpath entries, resolved and with {@code *.jar} expanded
 * @param loader a class loader over {@code classpath} (and the provider's own classes)
 */
public record ModelRequest(String spec, String database, String product, String version, ModelOptions options,
        List<Path> classpath, ClassLoader loader) {

    public ModelRequest {
        classpath = List.copyOf(classpath);
    }
}
