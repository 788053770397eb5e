package dev.godwit.examples.bookshelf;

import jakarta.annotation.PostConstruct;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the shelf with plain SQL. It reads the tables while the application starts: that works on
 * a brand-new database because a JdbcTemplate is only created once Godwit's upgrade has run.
 */
@Component
public class ShelfReport {
    private static final Log LOG = LogFactory.getLog(ShelfReport.class);
    private final JdbcTemplate jdbc;

    public ShelfReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void logAtStartup() {
        LOG.info("Bookshelf: " + books() + " book(s) by " + authors() + " author(s)");
    }

    public long books() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM books", Long.class);
    }

    public long authors() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM authors", Long.class);
    }
}
