package dev.godwit.examples.bookshelf;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A book by one author; the {@code books} table, with {@code published_year} from revision b7c8d9e0f1a2 and
 * {@code sort_title} from c4d5e6f7a8b9 (filled for older books by the Java revision {@link BackfillSortTitles}). */
@Entity
@Table(name = "books")
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(nullable = false, length = 300)
    private String title;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Author author;

    @Column(name = "published_year")
    private Integer publishedYear;

    @Column(name = "sort_title", length = 300)
    private String sortTitle;

    protected Book() {
    }

    public Book(String title, Author author, Integer publishedYear, String sortTitle) {
        this.title = title;
        this.author = author;
        this.publishedYear = publishedYear;
        this.sortTitle = sortTitle;
    }

    public Integer getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Author getAuthor() {
        return author;
    }

    public Integer getPublishedYear() {
        return publishedYear;
    }

    public String getSortTitle() {
        return sortTitle;
    }
}
