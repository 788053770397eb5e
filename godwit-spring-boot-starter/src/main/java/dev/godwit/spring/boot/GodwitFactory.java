package dev.godwit.spring.boot;

import dev.godwit.Godwit;
import dev.godwit.GodwitBuilder;
import dev.godwit.api.Confirmation;
import dev.godwit.api.JavaRevision;
import dev.godwit.api.MigrationListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;

/**
 * Builds the {@link Godwit} bean from {@code godwit.*}: the DataSource or URL, the revision folder, the
 * application's Java revisions (beans, and classes of {@code godwit.java-revision-packages} on its class
 * loader), the settings the builder takes, and the protected-environment policy. A protected environment
 * ({@code godwit.confirm=true}) is written as the one godwit.toml setting the builder has no
 * method for, in the starter's own work folder, which also keeps a godwit.toml in the
 * application's working directory from being read.
 */
final class GodwitFactory {
    /** The environment of the work folder's godwit.toml that holds {@code confirm = true}. */
    static final String PROTECTED_ENVIRONMENT = "spring";

    private GodwitFactory() {
    }

    /** The policy's confirmation: the application's bean, else {@code godwit.confirmed-database}, else none. */
    static Confirmation confirmation(GodwitProperties properties, Confirmation bean) {
        if (bean != null) {
            return bean;
        }
        String confirmed = properties.getConfirmedDatabase();
        if (confirmed == null || confirmed.isBlank()) {
            return null;
        }
        return new ConfirmedDatabase(confirmed);
    }

    /**
     * @param url        a dedicated connection's URL ({@link ConnectionUrl#dedicated}), or null
     * @param dataSource the DataSource whose connections Godwit borrows when {@code url} is null
     * @param revisions  the application's {@link JavaRevision} beans
     */
    static Godwit create(GodwitProperties properties, String url, DataSource dataSource, Path work, ClassLoader loader,
                         List<MigrationListener> listeners, Confirmation confirmation, List<JavaRevision> revisions) {
        GodwitBuilder builder = Godwit.configure().baseDirectory(work);
        if (url != null) {
            builder.url(url).urlSourceLabel("spring");
        } else if (dataSource != null) {
            builder.dataSource(new BorrowedPool(dataSource));
        } else {
            throw new IllegalStateException("Godwit needs godwit.url or a DataSource");
        }
        builder.migrations(RevisionLocations.folder(properties.getLocations(), loader, work))
                .listener(new LoggingListener(listeners))
                .confirmation(confirmation)
                .allowDestructive(properties.isAllowDestructive())
                .classLoader(loader)
                .javaRevisions(revisions.toArray(JavaRevision[]::new))
                .javaRevisionPackages(properties.getJavaRevisionPackages().toArray(String[]::new));
        if (properties.isConfirm()) {
            writeProtectedEnvironment(work);
            builder.environment(PROTECTED_ENVIRONMENT);
        }
        if (properties.getSchema() != null) {
            builder.schema(properties.getSchema());
        }
        if (properties.getVersionTable() != null) {
            builder.versionTable(properties.getVersionTable());
        }
        if (properties.getLockTimeout() != null) {
            builder.lockTimeout(properties.getLockTimeout());
        }
        if (properties.getBackup() != null) {
            builder.backup(properties.getBackup());
        }
        if (properties.getBackupDir() != null && !properties.getBackupDir().isBlank()) {
            // The working directory's folder, not the temporary work folder (the base directory).
            builder.backupDirectory(Path.of(properties.getBackupDir()).toAbsolutePath());
        }
        return builder.load();
    }

    private static void writeProtectedEnvironment(Path work) {
        try {
            Files.writeString(work.resolve("godwit.toml"),
                    "# Written by godwit-spring-boot-starter for godwit.confirm=true\n"
                            + "[environments." + PROTECTED_ENVIRONMENT + "]\nconfirm = true\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
