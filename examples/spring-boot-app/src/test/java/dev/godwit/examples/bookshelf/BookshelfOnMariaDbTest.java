package dev.godwit.examples.bookshelf;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link BookshelfApplicationTests} on MariaDB. */
class BookshelfOnMariaDbTest extends BookshelfApplicationTests {
    static final TestDatabase DB = TestDatabase.create("mariadb");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        register(DB, registry);
    }

    @AfterAll
    static void drop() {
        DB.drop();
    }

    @Override
    TestDatabase db() {
        return DB;
    }
}
