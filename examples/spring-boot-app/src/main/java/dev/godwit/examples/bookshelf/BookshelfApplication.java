package dev.godwit.examples.bookshelf;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small bookshelf: authors and their books, stored with JPA, listed over HTTP. Its schema is
 * Godwit's revision files in {@code src/main/resources/db/versions}, which godwit-spring-boot-starter
 * runs at start-up, before Hibernate validates the entities and before {@link ShelfReport} reads.
 */
@SpringBootApplication
public class BookshelfApplication {

    public static void main(String[] args) {
        SpringApplication.run(BookshelfApplication.class, args);
    }
}
