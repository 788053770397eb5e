package dev.godwit.spring.boot.app;

import jakarta.annotation.PostConstruct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the migrated table while the context starts: it only can when the upgrade ran first. */
@Component
public class CustomerCounter {
    private final JdbcTemplate jdbc;
    private Integer countAtStartup;

    public CustomerCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PostConstruct
    void count() {
        countAtStartup = jdbc.queryForObject("SELECT COUNT(*) FROM customers", Integer.class);
    }

    public Integer countAtStartup() {
        return countAtStartup;
    }
}
