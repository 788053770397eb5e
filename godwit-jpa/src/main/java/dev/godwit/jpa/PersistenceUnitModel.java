package dev.godwit.jpa;

import dev.godwit.api.ErrorCode;
import dev.godwit.api.GodwitException;
import dev.godwit.spi.ModelRequest;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import org.hibernate.HibernateException;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.hibernate.jpa.boot.spi.EntityManagerFactoryBuilder;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceXmlParser;

/**
 * {@code model = "jpa:unit:helpdesk"}: a persistence unit of the {@code META-INF/persistence.xml}
 * files on the configured classpath, read by Hibernate's own parser and bootstrapped as Hibernate
 * would bootstrap it for the application ({@code <class>}, {@code <jar-file>},
 * {@code <exclude-unlisted-classes>}, {@code <mapping-file>} and the unit's properties), only up to
 * its metadata: no connection is opened and no factory is built.
 */
final class PersistenceUnitModel {

    static final String XML = "META-INF/persistence.xml";

    private final ModelRequest request;
    private final String unit;

    PersistenceUnitModel(ModelRequest request, String unit) {
        this.request = request;
        this.unit = unit;
    }

    /** The unit's metadata, bootstrapped with {@code settings} over the unit's own properties. */
    JpaModelSource.Mapped map(Map<String, Object> settings) {
        PersistenceUnitDescriptor descriptor = descriptor();
        Map<String, Object> integration = new HashMap<>(settings);
        if (request.options().physicalNaming() != null) {
            integration.put(MappingSettings.PHYSICAL_NAMING_STRATEGY,
                    NamingStrategies.physical(request.options().physicalNaming(), request.loader()));
        }
        if (request.options().implicitNaming() != null) {
            integration.put(MappingSettings.IMPLICIT_NAMING_STRATEGY,
                    NamingStrategies.implicit(request.options().implicitNaming(), request.loader()));
        }
        EntityManagerFactoryBuilder builder;
        MetadataImplementor metadata;
        try {
            builder = Bootstrap.getEntityManagerFactoryBuilder(descriptor, integration, request.loader());
        } catch (HibernateException | IllegalArgumentException | IllegalStateException | LinkageError e) {
            throw rejected(e);
        }
        try {
            metadata = builder.metadata();
        } catch (HibernateException | IllegalArgumentException | IllegalStateException | LinkageError e) {
            builder.cancel();
            throw rejected(e);
        }
        return new JpaModelSource.Mapped(metadata, metadata.getMetadataBuildingOptions().getServiceRegistry(),
                builder::cancel);
    }

    private GodwitException rejected(Throwable e) {
        return new GodwitException(ErrorCode.MODEL_FAILED, "Hibernate rejects the persistence unit " + unit
                + ": " + JpaModelSource.message(e), "Fix the entity, field or property it names (the same error "
                + "would stop the application).", e);
    }

    /** The unit named {@code unit}, parsed by Hibernate from the classpath's persistence.xml files. */
    PersistenceUnitDescriptor descriptor() {
        List<URL> files = files();
        if (files.isEmpty()) {
            throw new GodwitException(ErrorCode.MODEL_FAILED, "No " + XML + " holds the persistence unit " + unit
                    + ": there is none on the classpath " + searched(), "Add the folder or jar holding " + XML
                    + " to `classpath` in godwit.toml, or name the entities' package: model = \"jpa:com.example.model\".");
        }
        Map<String, PersistenceUnitDescriptor> units;
        try {
            units = PersistenceXmlParser.create(Map.of(), request.loader(), null).parse(files);
        } catch (HibernateException | IllegalArgumentException | IllegalStateException e) {
            throw new GodwitException(ErrorCode.MODEL_FAILED, "Could not read " + files + ": "
                    + JpaModelSource.message(e), "Fix the file it names.", e);
        }
        PersistenceUnitDescriptor found = units.get(unit);
        if (found == null) {
            throw new GodwitException(ErrorCode.MODEL_FAILED, "No persistence unit named " + unit + " in "
                    + files + "; the units there are: " + listing(units), "Name one of them in `model = \"jpa:unit:"
                    + "NAME\"`.");
        }
        return found;
    }

    private static String listing(Map<String, PersistenceUnitDescriptor> units) {
        if (units.isEmpty()) {
            return "(none)";
        }
        Map<String, String> sorted = new TreeMap<>();
        units.forEach((name, d) -> sorted.put(name, String.valueOf(d.getPersistenceUnitRootUrl())));
        List<String> out = new ArrayList<>();
        sorted.forEach((name, root) -> out.add(name + " (" + root + ")"));
        return String.join(", ", out);
    }

    /** The persistence.xml of every classpath entry that has one, in classpath order. */
    List<URL> files() {
        List<URL> out = new ArrayList<>();
        for (Path entry : request.classpath()) {
            try {
                if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve(XML))) {
                    out.add(entry.resolve(XML).toUri().toURL());
                } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar") && inJar(entry)) {
                    out.add(new URL("jar:" + entry.toUri() + "!/" + XML));
                }
            } catch (MalformedURLException e) {
                throw new GodwitException(ErrorCode.BAD_CONFIGURATION, "Not a usable classpath entry: " + entry,
                        "Fix `classpath` in godwit.toml.", e);
            }
        }
        return out;
    }

    private static boolean inJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(XML) != null;
        } catch (IOException e) {
            throw new GodwitException(ErrorCode.IO_FAILED, "Could not read the classpath entry " + jar + ": "
                    + e.getMessage(), "Check that it can be read.", e);
        }
    }

    private String searched() {
        return request.classpath().isEmpty() ? "(empty: set `classpath` in godwit.toml)" : request.classpath().toString();
    }
}
