package dev.godwit.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder of revision files a test grows revision by revision ({@code godwit.locations=filesystem:...}):
 * the customers revision of the test resources, then {@link #ORDERS} and a {@link #BROKEN} one.
 */
final class RevisionFolder {
    static final String CUSTOMERS = "5b1e2a3c4d5e";
    static final String ORDERS = "7c2d3e4f5a6b";
    /** Creates invoices, then fails creating it again: half applied where DDL is not transactional. */
    static final String BROKEN = "9e8f7a6b5c4d";
    private final Path folder;

    RevisionFolder(Path parent) {
        try {
            this.folder = Files.createDirectories(parent.resolve("revisions"));
            try (InputStream first = getClass().getResourceAsStream("/db/godwit/20261206_070000_5b1e2a3c4d5e_customers.sql")) {
                Files.copy(first, folder.resolve("20261206_070000_5b1e2a3c4d5e_customers.sql"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code godwit.locations} value. */
    String location() {
        return "filesystem:" + folder;
    }

    RevisionFolder withOrders() {
        return write("20261206_080000_7c2d3e4f5a6b_orders.sql", """
                -- revision: 7c2d3e4f5a6b
                -- revises: 5b1e2a3c4d5e
                -- message: orders
                -- created: 2026-12-06T08:00:00Z

                -- +upgrade
                CREATE TABLE orders (id BIGINT NOT NULL, PRIMARY KEY (id));

                -- +downgrade
                DROP TABLE orders;
                """);
    }

    RevisionFolder withBroken() {
        return write("20261206_090000_9e8f7a6b5c4d_invoices.sql", """
                -- revision: 9e8f7a6b5c4d
                -- revises: 7c2d3e4f5a6b
                -- message: invoices
                -- created: 2026-12-06T09:00:00Z

                -- +upgrade
                CREATE TABLE invoices (id BIGINT NOT NULL, PRIMARY KEY (id));
                CREATE TABLE invoices (id BIGINT NOT NULL, PRIMARY KEY (id));

                -- +downgrade
                DROP TABLE invoices;
                """);
    }

    private RevisionFolder write(String name, String text) {
        try {
            Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
