package dev.godwit.examples.bookshelf;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Books, by Spring Data JPA. */
public interface BookRepository extends JpaRepository<Book, Integer> {

    List<Book> findAllByOrderBySortTitle();
}
