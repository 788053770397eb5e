package dev.godwit.spring.boot.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The small application the starter's tests start: one entity, one JdbcTemplate user. */
@SpringBootApplication
public class ShopApplication {
}
