package dev.godwit.examples.bookshelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Java revision bean {@link BackfillSortTitles} on a shelf that already has books: the release
 * before it (the application at revision b7c8d9e0f1a2) stored them without a sort title; the next
 * start adds the column and fills it with {@link SortTitles}, as new books get it. On each database.
 */
class SortTitlesBackfillTest {
    private TestDatabase db;

    @AfterEach
    void drop() {
        if (db != null) {
            db.drop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mariadb"})
    void theBooksAlreadyOnTheShelfGetTheirSortTitles(String kind) {
        db = TestDatabase.create(kind, "startertwo_app_");
        // The previous release: its schema stops at b7c8d9e0f1a2 (Hibernate does not check today's entities there).
        Map<String, String> previous = with(db.properties(), "godwit.target", BookshelfApplicationTests.PUBLISHED_YEAR,
                "spring.jpa.hibernate.ddl-auto", "none");
        start(previous).close();
        db.execute("INSERT INTO authors (name) VALUES ('Tove Jansson')");
        String author = db.rows("SELECT id FROM authors").get(0);
        for (String title : new String[] {"The Summer Book", "A Winter Book", "Moominsummer Madness", "  An Ode  to Islands"}) {
            db.execute("INSERT INTO books (title, author_id, published_year) VALUES ('" + title + "', " + author + ", 1972)");
        }

        try (ConfigurableApplicationContext app = start(db.properties())) {
            assertThat(db.rows("SELECT title, sort_title FROM books ORDER BY id")).containsExactly(
                    "The Summer Book|summer book, the", "A Winter Book|winter book, a",
                    "Moominsummer Madness|moominsummer madness", "  An Ode  to Islands|ode to islands, an");
            assertThat(app.getBean(BookRepository.class).findAllByOrderBySortTitle()).extracting(Book::getTitle)
                    .containsExactly("Moominsummer Madness", "  An Ode  to Islands", "The Summer Book", "A Winter Book");
            assertThat(db.rows("SELECT revision, action, success, message FROM godwit_history ORDER BY id"))
                    .hasSize(4).last().asString().startsWith(BookshelfApplicationTests.HEAD + "|upgrade|")
                    .endsWith("|backfill sort titles");
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> properties) {
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(BookshelfApplication.class).web(WebApplicationType.NONE).run(args);
    }

    private static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> out = new LinkedHashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }
}
