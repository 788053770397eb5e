package dev.godwit.examples.bookshelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The bookshelf started as a whole ({@code @SpringBootTest} with its web server) on a new, empty
 * database: Godwit's upgrade runs first, then Hibernate validates the entities and the
 * JdbcTemplate report reads the tables; books go in and out over HTTP; Actuator shows Godwit's
 * health and revisions. One subclass per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BookshelfApplicationTests {
    static final String FIRST = "a1b2c3d4e5f6";
    static final String PUBLISHED_YEAR = "b7c8d9e0f1a2";
    static final String SORT_TITLE = "c4d5e6f7a8b9";
    /** The Java revision {@link BackfillSortTitles}, a bean. */
    static final String HEAD = "d0e1f2a3b4c5";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;
    @Autowired
    ShelfReport report;
    @Autowired
    BookRepository books;

    /** The database this subclass runs on. */
    abstract TestDatabase db();

    static void register(TestDatabase db, DynamicPropertyRegistry registry) {
        db.properties().forEach((key, value) -> registry.add(key, () -> value));
    }

    @Test
    void theRevisionsRanBeforeHibernateAndTheJdbcReport() {
        assertThat(db().rows("SELECT version_num FROM godwit_version")).containsExactly(HEAD);
        assertThat(db().rows("SELECT revision, action FROM godwit_history ORDER BY id"))
                .containsExactly(FIRST + "|upgrade", PUBLISHED_YEAR + "|upgrade", SORT_TITLE + "|upgrade", HEAD + "|upgrade");
        // ShelfReport read the tables in its @PostConstruct already; it reads what JPA reads.
        assertThat(report.books()).isEqualTo(books.count());
    }

    @Test
    void booksGoInAndOutOverHttp() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/books"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"The Godwit's Flight\",\"author\":\"A. Wader\",\"publishedYear\":2026}")));
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> listed = send(HttpRequest.newBuilder(uri("/books")).GET());
        assertThat(listed.body()).contains("\"title\":\"The Godwit's Flight\"", "\"author\":\"A. Wader\"",
                "\"publishedYear\":2026");
        assertThat(db().rows("SELECT b.title, a.name, b.published_year, b.sort_title FROM books b JOIN authors a ON a.id = b.author_id"))
                .containsExactly("The Godwit's Flight|A. Wader|2026|godwit's flight, the");
        assertThat(books.count()).isEqualTo(report.books()).isEqualTo(1);
    }

    @Test
    void actuatorShowsGodwitsHealthAndRevisions() throws Exception {
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health/godwit")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"current\":[\"" + HEAD + "\"]", "\"pending\":0");
        HttpResponse<String> godwit = send(HttpRequest.newBuilder(uri("/actuator/godwit")).GET());
        assertThat(godwit.statusCode()).isEqualTo(200);
        assertThat(godwit.body()).contains("\"target\":\"heads\"", "\"heads\":[\"" + HEAD + "\"]", "\"upToDate\":true",
                "\"revision\":\"" + FIRST + "\"", "\"action\":\"upgrade\"");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
