package dev.godwit.internal.autogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.godwit.api.SchemaDiff;
import dev.godwit.internal.config.Settings;
import dev.godwit.internal.config.SettingsLoader;
import dev.godwit.internal.db.Databases;
import dev.godwit.testdb.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portable model compared on a scratch of each dialect: the sections written for each database
 * bring a fresh one of that kind to the model when replayed there (the scratch runner of
 * {@link PortableComparer}), and the next revision's sections build on each dialect's own history.
 */
class PortableComparerTest {

    @TempDir
    Path dir;

    private static String pgUrl() {
        String pw = TestDb.PG_PASSWORD == null || TestDb.PG_PASSWORD.isEmpty() ? "" : ":" + TestDb.PG_PASSWORD;
        return "postgresql://" + TestDb.PG_USER + pw + "@" + TestDb.PG_HOST + ":" + TestDb.PG_PORT + "/" + TestDb.PG_DB;
    }

    private static String mysqlUrl() {
        String pw = TestDb.MYSQL.password() == null || TestDb.MYSQL.password().isEmpty() ? ""
                : ":" + TestDb.MYSQL.password();
        return "mysql://" + TestDb.MYSQL_USER + pw + "@" + TestDb.MYSQL_HOST + ":" + TestDb.MYSQL_PORT + "/"
                + TestDb.MYSQL.database();
    }

    private Settings settings(String devUrls) throws IOException {
        Files.writeString(dir.resolve("godwit.toml"), "model = \"schema\"\n"
                + "dialects = [\"postgresql\", \"sqlite\", \"mysql\"]\n" + devUrls);
        return SettingsLoader.load(new SettingsLoader.LoadRequest(dir, null, null, null, null, Map.of()));
    }

    private void model(String sql) throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/01.sql"), sql);
    }

    private Path revision(String id, String parent, DialectSections sections) throws IOException {
        Path file = dir.resolve(id + ".sql");
        Files.writeString(file, text(id, parent, sections));
        return file;
    }

    @Test
    void eachDialectsSectionsBringAFreshDatabaseToTheModel() throws IOException {
        Settings settings = settings("dev_urls = [\"" + pgUrl() + "\", \"" + mysqlUrl() + "\"]\n");
        PortableComparer comparer = new PortableComparer(settings, Map.of());
        model("CREATE TABLE agents (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n");

        DialectSections first = comparer.sections(null, null, List.of());
        assertEquals(List.of("postgresql", "sqlite", "mysql"), new ArrayList<>(first.sections().keySet()));
        assertTrue(first.warnings().isEmpty(), first.warnings().toString());
        for (SchemaDiff diff : first.sections().values()) {
            assertEquals(List.of("create table agents"), diff.changes());
        }
        Path one = revision("aaa111", "", first);
        String text = Files.readString(one);
        assertTrue(text.contains("-- +upgrade postgresql\n") && text.contains("-- +downgrade mysql\n"), text);
        assertTrue(!text.contains("-- +upgrade\n"), "no shared section: " + text);

        for (String dialect : settings.dialects()) {
            SchemaDiff check = comparer.compare(Databases.named(dialect).orElseThrow(), List.of(parse(one)));
            assertTrue(check.isEmpty(), dialect + ": " + check.changes());
        }

        model("CREATE TABLE agents (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200));\n");
        DialectSections second = comparer.sections(null, null, List.of(parse(one)));
        for (SchemaDiff diff : second.sections().values()) {
            assertEquals(List.of("add column agents.email"), diff.changes());
        }
        Path two = revision("bbb222", "aaa111", second);
        for (String dialect : settings.dialects()) {
            SchemaDiff check = comparer.compare(Databases.named(dialect).orElseThrow(), List.of(parse(one), parse(two)));
            assertTrue(check.isEmpty(), dialect + ": " + check.changes());
        }
    }

    @Test
    void aDialectWithoutScratchGetsAWarningInsteadOfASection() throws IOException {
        Settings settings = settings("");
        model("CREATE TABLE agents (id INTEGER PRIMARY KEY);\n");
        DialectSections sections = new PortableComparer(settings, Map.of()).sections(null, null, List.of());
        assertEquals(List.of("sqlite"), new ArrayList<>(sections.sections().keySet()));
        assertEquals(List.of("no postgresql section: no dev_urls entry for postgresql; add one and run migrate again",
                "no mysql section: no dev_urls entry for mysql; add one and run migrate again"), sections.warnings());
        String text = text("r1", "", sections);
        assertTrue(text.contains("-- +upgrade sqlite\n-- WARNING: no postgresql section: no dev_urls "
                + "entry for postgresql; add one and run migrate again\n-- WARNING: no mysql section:"), text);
    }

    @Test
    void sectionForTakesTheOwnSectionElseTheShared() throws IOException {
        Path file = dir.resolve("r.sql");
        Files.writeString(file, "-- revision: r\n-- revises:\n\n-- +upgrade\nSHARED;\n\n-- +upgrade sqlite\nLITE;\n\n"
                + "-- +downgrade\nDOWN;\n");
        assertEquals("LITE;\n\n", parse(file).upgrade("sqlite").sql());
        assertEquals(8, parse(file).upgrade("sqlite").firstLine());
        assertEquals("SHARED;\n\n", parse(file).upgrade("postgresql").sql());
        assertEquals("DOWN;", parse(file).downgrade("sqlite").sql().strip());
    }

    /** The revision file the writer makes of {@code sections}, as migrate writes it. */
    private static String text(String id, String parent, DialectSections sections) {
        Map<String, dev.godwit.internal.script.SectionText> texts = new java.util.LinkedHashMap<>();
        sections.requestSections().forEach((dialect, pair) -> texts.put(dialect,
                new dev.godwit.internal.script.SectionText(pair.upgradeSql(), pair.downgradeSql())));
        return dev.godwit.internal.script.RevisionFileWriter.render(new dev.godwit.internal.script.NewRevision(id,
                parent.isEmpty() ? List.of() : List.of(parent), "m", java.time.Instant.EPOCH, List.of(), List.of(),
                "", "").withSections(texts, sections.notes()));
    }

    private static dev.godwit.internal.script.RevisionFile parse(Path file) {
        return dev.godwit.internal.script.RevisionFileParser.parse(file);
    }
}
