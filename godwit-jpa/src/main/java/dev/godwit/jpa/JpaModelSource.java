package dev.godwit.jpa;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.spi.DdlStatement;
import dev.godwit.spi.ModelRequest;
import dev.godwit.spi.ModelSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * JPA entities as the desired schema: Hibernate ORM builds its mapping metadata from the entity
 * classes (bootstrapped without a connection, for the dialect of the target database and the
 * configured naming strategies), and its schema export turns it into the CREATE statements
 * Hibernate itself would run, which Godwit then runs on the scratch database like a DDL folder.
 */
final class JpaModelSource implements ModelSource {

    private static final List<Pattern> TABLE = List.of(
            Pattern.compile("(?i)\\btable\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?[`\"]?([\\w$.]+?)[`\"]?(?:\\s|\\(|$)"),
            Pattern.compile("(?i)\\bon\\s+(?:column\\s+)?[`\"]?([\\w$.]+?)[`\"]?(?:\\s|\\(|$)"));

    /** Hibernate's start-up notes (version, "database info", dialect hints) are not the user's business. */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    static {
        HIBERNATE_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** {@code model = "jpa:unit:NAME"}: a persistence unit rather than packages. */
    static final String UNIT = "unit:";

    private final ModelRequest request;
    private final List<String> packages;
    private final String unit;

    JpaModelSource(ModelRequest request) {
        this.request = request;
        String spec = request.spec().strip();
        if (spec.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
            this.unit = spec.substring(UNIT.length()).strip();
            this.packages = List.of();
            if (unit.isEmpty()) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "`model = \"jpa:unit:\"` names no persistence unit",
                        "Name the unit of META-INF/persistence.xml: model = \"jpa:unit:helpdesk\".");
            }
            return;
        }
        this.unit = null;
        this.packages = Arrays.stream(spec.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        if (packages.isEmpty()) {
            throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "`model = \"jpa:\"` names no package",
                    "Name the package(s) of the entities: model = \"jpa:com.example.model\".");
        }
    }

    /** Hibernate's metadata of the model, the registry it was built with, and how to let both go. */
    record Mapped(Metadata metadata, StandardServiceRegistry registry, Runnable close) {
    }

    @Override
    public String description() {
        return unit != null ? "the persistence unit " + unit : "the JPA entities of " + String.join(", ", packages);
    }

    @Override
    public List<DdlStatement> statements() {
        Mapped mapped = unit != null ? new PersistenceUnitModel(request, unit).map(settings()) : mapPackages();
        try {
            Metadata metadata = mapped.metadata();
            List<String> commands;
            try {
                commands = new SchemaCreatorImpl(mapped.registry()).generateCreationCommands(metadata, false);
            } catch (HibernateException | IllegalArgumentException | IllegalStateException e) {
                throw new GodwitException(ErrorCode.MODEL_FAILED,
                        "Hibernate could not export the schema of " + description() + " for "
                        + request.product() + ": " + message(e), "Fix the mapping it names.", e);
            }
            Map<String, String> origins = origins(metadata);
            List<DdlStatement> out = new ArrayList<>();
            for (String command : commands) {
                String sql = command.strip();
                if (sql.endsWith(";")) {
                    sql = sql.substring(0, sql.length() - 1).strip();
                }
                if (!sql.isEmpty() && !unsupportedComment(sql) && !enumCast(sql)) {
                    out.add(new DdlStatement(sql, null, 0, origin(sql, origins)));
                }
            }
            return out;
        } finally {
            mapped.close().run();
        }
    }

    private Mapped mapPackages() {
        List<Class<?>> classes;
        try {
            classes = new EntityScanner(request.classpath(), request.loader()).scan(packages);
        } catch (GodwitException e) {
            throw packages.size() == 1 ? unitHint(e, packages.get(0)) : e;
        }
        BootstrapServiceRegistry boot = new BootstrapServiceRegistryBuilder().applyClassLoader(request.loader()).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(boot).applySettings(settings()).build();
        try {
            return new Mapped(metadata(registry, classes), registry, () -> StandardServiceRegistryBuilder.destroy(registry));
        } catch (RuntimeException | Error e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }

    private Metadata metadata(StandardServiceRegistry registry, List<Class<?>> classes) {
        try {
            MetadataSources sources = new MetadataSources(registry);
            classes.forEach(sources::addAnnotatedClass);
            MetadataBuilder builder = sources.getMetadataBuilder();
            builder.applyPhysicalNamingStrategy(
                    NamingStrategies.physical(request.options().physicalNaming(), request.loader()));
            builder.applyImplicitNamingStrategy(
                    NamingStrategies.implicit(request.options().implicitNaming(), request.loader()));
            return builder.build();
        } catch (HibernateException | IllegalArgumentException | IllegalStateException | LinkageError e) {
            throw new GodwitException(ErrorCode.MODEL_FAILED,
                    "Hibernate rejects the entities of " + String.join(", ", packages) + ": "
                    + message(e), "Fix the entity and field it names (the same error would stop the application).",
                    e);
        }
    }

    /** A "package" that is the name of a persistence unit on the classpath: say how to name the unit. */
    private GodwitException unitHint(GodwitException e, String name) {
        try {
            new PersistenceUnitModel(request, name).descriptor();
        } catch (GodwitException | LinkageError notAUnit) {
            return e;
        }
        return new GodwitException(ErrorCode.BAD_CONFIGURATION, e.getMessage() + "; " + name
                + " is a persistence unit of META-INF/persistence.xml", "Name it as a unit: model = \"jpa:" + UNIT + name
                + "\".", e);
    }

    /**
     * SQLite has no comments, yet Hibernate's SQLite dialect writes {@code comment on} statements for
     * {@code @Comment}; Hibernate's own schema creation logs their failure and goes on, so the schema
     * it creates has no comment: they are left out here too.
     */
    private boolean unsupportedComment(String sql) {
        return "sqlite".equals(request.database()) && sql.regionMatches(true, 0, "comment on ", 0, 11);
    }

    /**
     * For a named enum ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}) Hibernate's PostgreSQL dialect
     * writes, after {@code create type … as enum}, two {@code create cast (varchar as …) with inout as
     * implicit}. A cast belongs to the whole database, not to the schema Godwit migrates, so it
     * cannot be part of the model (the scratch database refuses it); Hibernate binds enum values as
     * {@code Types.OTHER} and needs none of them. They are left out.
     */
    private boolean enumCast(String sql) {
        return "postgresql".equals(request.database()) && sql.regionMatches(true, 0, "create cast ", 0, 12);
    }

    /** The Hibernate settings: the target's dialect and version, and no connection. */
    private Map<String, Object> settings() {
        Map<String, Object> s = new HashMap<>();
        s.put("hibernate.dialect", dialect());
        s.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        s.put("jakarta.persistence.database-product-name", request.product());
        int[] version = version(request.version());
        if (version != null) {
            s.put("jakarta.persistence.database-major-version", String.valueOf(version[0]));
            s.put("jakarta.persistence.database-minor-version", String.valueOf(version[1]));
        }
        s.put("hibernate.hbm2ddl.delimiter", ";");
        s.put("hibernate.format_sql", "false");
        return s;
    }

    private String dialect() {
        return switch (request.database()) {
            case "sqlite" -> "org.hibernate.community.dialect.SQLiteDialect";
            case "postgresql" -> "org.hibernate.dialect.PostgreSQLDialect";
            case "mysql" -> request.product() != null && request.product().toLowerCase(Locale.ROOT).contains("mariadb")
                    ? "org.hibernate.dialect.MariaDBDialect" : "org.hibernate.dialect.MySQLDialect";
            default -> throw new IllegalArgumentException("no Hibernate dialect for database " + request.database());
        };
    }

    /** Major and minor of a server version ({@code 11.4.2-MariaDB}, {@code 16.4}), or null. */
    static int[] version(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("(\\d+)\\.(\\d+)").matcher(text);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    /** Each table (lower-case) and the entity or collection it was made from, for messages. */
    private static Map<String, String> origins(Metadata metadata) {
        Map<String, String> out = new HashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            out.putIfAbsent(entity.getTable().getName().toLowerCase(Locale.ROOT), "entity " + entity.getEntityName());
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            if (collection.getCollectionTable() != null) {
                out.putIfAbsent(collection.getCollectionTable().getName().toLowerCase(Locale.ROOT),
                        "collection " + collection.getRole());
            }
        }
        return out;
    }

    private static String origin(String sql, Map<String, String> origins) {
        for (Pattern pattern : TABLE) {
            Matcher m = pattern.matcher(sql);
            if (m.find()) {
                String name = m.group(1);
                String[] parts = name.toLowerCase(Locale.ROOT).split("\\.");
                // a table, or (comment on column) a table's column
                for (int i = parts.length - 1; i >= 0; i--) {
                    String from = origins.get(parts[i]);
                    if (from != null) {
                        return from + " (table " + parts[i] + ")";
                    }
                }
            }
        }
        return "Hibernate's schema export";
    }

    static String message(Throwable e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !out.toString().contains(cause.getMessage())) {
                out.append(": ").append(cause.getMessage());
            }
        }
        return out.toString();
    }
}
