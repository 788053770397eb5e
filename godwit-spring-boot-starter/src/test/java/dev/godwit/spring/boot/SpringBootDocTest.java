package dev.godwit.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.Godwit;
import dev.godwit.spring.boot.app.CustomerCounter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * docs/spring-boot.md's quick-start {@code application.properties}, started as it is on PostgreSQL
 * with only the URL and credentials replaced by the test server's: the upgrade runs and
 * Hibernate's {@code ddl-auto=validate} passes on the first start.
 */
class SpringBootDocTest {
    private static final Pattern FIRST_PROPERTIES = Pattern.compile("```properties\\n(.*?)```", Pattern.DOTALL);

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
        String doc = Files.readString(Path.of("../docs/spring-boot.md"));
        Matcher m = FIRST_PROPERTIES.matcher(doc);
        assertTrue(m.find(), "docs/spring-boot.md has no properties block");
        Properties fromDoc = new Properties();
        fromDoc.load(new StringReader(m.group(1)));
        assertEquals("validate", fromDoc.getProperty("spring.jpa.hibernate.ddl-auto"));
        Map<String, String> properties = new LinkedHashMap<>();
        fromDoc.stringPropertyNames().forEach(k -> properties.put(k, fromDoc.getProperty(k)));
        db = BootDb.create("postgres", dir);
        properties.putAll(db.properties());
        try (ConfigurableApplicationContext app = Apps.start(properties)) {
            assertEquals(0, app.getBean(CustomerCounter.class).countAtStartup());
            assertTrue(app.getBean(Godwit.class).current().upToDate());
        }
    }
}
