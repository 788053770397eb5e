package dev.godwit.examples.bookshelf;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Authors, by Spring Data JPA. */
public interface AuthorRepository extends JpaRepository<Author, Integer> {

    Optional<Author> findByName(String name);
}
