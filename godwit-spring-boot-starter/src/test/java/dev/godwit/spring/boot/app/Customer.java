package dev.godwit.spring.boot.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The table the test revision creates, which Hibernate's {@code ddl-auto=validate} checks. */
@Entity
@Table(name = "customers")
public class Customer {
    @Id
    private Long id;

    @Column(length = 100, nullable = false)
    private String name;

    protected Customer() {
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
