package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.api.AuditEntry;
import dev.godwit.spring.boot.app.CustomerCounter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/spring-boot.md's examples, read out of the page: the quick-start {@code application.properties}
 * started as it is on PostgreSQL (only the URL and credentials replaced by the test server's), where
 * the upgrade runs and Hibernate's {@code ddl-auto=validate} passes on the first start; the baseline
 * properties on a database whose table exists already; the endpoint's JSON, whose fields are the
 * endpoint's.
 */
class SpringBootDocTest {
    private static final Pattern PROPERTIES = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JSON = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern JSON_KEY = Pattern.compile("\"(\\w+)\":");

    @TempDir
    Path dir;
    private BootDb db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.drop();
        }
    }

    @Test
    void theQuickStartPropertiesStartTheApplication() throws Exception {
        Map<String, String> properties = block(PROPERTIES, doc(), "properties");
        assertEquals("validate", properties.get("spring.jpa.hibernate.ddl-auto"));
        db = BootDb.create("postgres", dir);
        properties.putAll(db.properties());
        try (ConfigurableApplicationContext app = Apps.start(properties)) {
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
            assertTrue(app.getBean(Godwit.class).current().upToDate());
            assertEquals("dataSource", app.getBean(Godwit.class).configuration().urlSource(), "through the pool");
        }
    }

    /**
     * "Connecting": without {@code godwit.*} connection settings Godwit borrows the pool's connections
     * (above); the page's {@code godwit.user}/{@code godwit.password} open connections of Godwit's own
     * on the application's database (the user replaced by the test server's, which trusts any password).
     */
    @Test
    void theConnectingSectionsOwnUserOpensGodwitsOwnConnections() throws Exception {
        String doc = doc();
        Map<String, String> own = block(PROPERTIES, section(doc, "## Connecting"), "properties");
        assertEquals(Set.of("godwit.user", "godwit.password"), own.keySet());
        assertTrue(section(doc, "## Connecting").contains("@GodwitDataSource"));
        db = BootDb.create("postgres", dir);
        Map<String, String> properties = block(PROPERTIES, doc, "properties");
        properties.putAll(db.properties());
        properties.put("godwit.user", db.user());
        properties.put("godwit.password", "not-needed-by-trust");
        try (ConfigurableApplicationContext app = Apps.start(properties)) {
            Godwit godwit = app.getBean(Godwit.class);
            assertEquals("spring", godwit.configuration().urlSource(), "a URL of Godwit's own");
            assertTrue(godwit.current().database().contains("user=" + db.user()), godwit.current().database());
            assertFalse(godwit.current().database().contains("not-needed-by-trust"), godwit.current().database());
        }
    }

    @Test
    void theBaselinePropertiesStampAnExistingDatabase() throws Exception {
        String doc = doc();
        Map<String, String> properties = block(PROPERTIES, doc, "properties");
        Map<String, String> baseline = block(PROPERTIES, section(doc, "## An existing database: the baseline"),
                "properties");
        assertEquals("true", baseline.get("godwit.baseline-on-empty"));
        properties.putAll(baseline);
        db = BootDb.create("postgres", dir);
        db.createSchema();
        db.execute("CREATE TABLE customers (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, PRIMARY KEY (id))");
        db.execute("INSERT INTO customers VALUES (1, 'kept')");
        properties.putAll(db.properties());
        try (ConfigurableApplicationContext app = Apps.start(properties)) {
            assertEquals(1, app.getBean(CustomerCounter.class).countAtStartup());
        }
        assertEquals(List.of(RevisionFolder.CUSTOMERS), db.rows("SELECT version_num FROM godwit_version"));
        assertEquals(List.of(RevisionFolder.CUSTOMERS + "|stamp"), db.rows("SELECT revision, action FROM godwit_history"));
    }

    @Test
    void theEndpointsJsonHasTheEndpointsFields() throws IOException {
        String json = section(doc(), "## Actuator");
        Matcher m = JSON.matcher(json);
        assertTrue(m.find(), "the Actuator section has no json block");
        Set<String> documented = new TreeSet<>();
        Matcher keys = JSON_KEY.matcher(m.group(1));
        while (keys.find()) {
            documented.add(keys.group(1));
        }
        Set<String> fields = Stream.concat(Arrays.stream(GodwitEndpoint.Report.class.getRecordComponents()),
                        Arrays.stream(AuditEntry.class.getRecordComponents()))
                .map(c -> c.getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fields, documented);
    }

    /** The Java revisions section's example is the sample application's bean, which its SortTitlesBackfillTest runs. */
    @Test
    void theJavaRevisionExampleIsTheSampleApplicationsBean() throws IOException {
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(section(doc(), "## Java revisions"));
        assertTrue(m.find(), "the Java revisions section has no java block");
        String sample = Files.readString(Path.of(
                "../examples/spring-boot-app/src/main/java/dev/godwit/examples/bookshelf/BackfillSortTitles.java"));
        assertTrue(sample.contains(m.group(1)), "docs/spring-boot.md's example differs from the sample's BackfillSortTitles");
    }

    /** Every {@code godwit.*} property has its row in the properties table. */
    @Test
    void everyPropertyIsInThePropertiesTable() throws IOException {
        String table = section(doc(), "## Properties");
        for (java.lang.reflect.Method setter : GodwitProperties.class.getMethods()) {
            if (setter.getName().startsWith("set") && setter.getParameterCount() == 1) {
                String name = "godwit." + setter.getName().substring(3).replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
                assertTrue(table.contains("`" + name + "`"), name + " is not in docs/spring-boot.md's properties table");
            }
        }
    }

    private static String doc() throws IOException {
        return Files.readString(Path.of("../docs/spring-boot.md"));
    }

    /** The page from {@code heading} to the next heading of its level. */
    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading + "\n");
        assertTrue(start >= 0, "docs/spring-boot.md has no " + heading);
        int end = doc.indexOf("\n## ", start + heading.length());
        return doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** The first {@code kind} block of {@code text}, read as properties. */
    private static Map<String, String> block(Pattern pattern, String text, String kind) throws IOException {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), "no " + kind + " block");
        Properties read = new Properties();
        read.load(new StringReader(m.group(1)));
        Map<String, String> out = new LinkedHashMap<>();
        read.stringPropertyNames().forEach(k -> out.put(k, read.getProperty(k)));
        return out;
    }
}
