package dev.godwit.examples.bookshelf;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /books} lists the shelf (by sort title); {@code POST /books} adds a book (and its author when new). */
@RestController
public class BookController {
    private final BookRepository books;
    private final AuthorRepository authors;
    private final SortTitles sortTitles;

    public BookController(BookRepository books, AuthorRepository authors, SortTitles sortTitles) {
        this.books = books;
        this.authors = authors;
        this.sortTitles = sortTitles;
    }

    /** A book as the API shows and takes it. */
    public record BookView(String title, String author, Integer publishedYear) {
    }

    @GetMapping("/books")
    @Transactional(readOnly = true)
    public List<BookView> list() {
        return books.findAllByOrderBySortTitle().stream()
                .map(b -> new BookView(b.getTitle(), b.getAuthor().getName(), b.getPublishedYear())).toList();
    }

    @PostMapping("/books")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public BookView add(@RequestBody BookView book) {
        Author author = authors.findByName(book.author()).orElseGet(() -> authors.save(new Author(book.author())));
        books.save(new Book(book.title(), author, book.publishedYear(), sortTitles.of(book.title())));
        return book;
    }
}
