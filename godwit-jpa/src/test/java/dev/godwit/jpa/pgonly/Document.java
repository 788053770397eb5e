package dev.godwit.jpa.pgonly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A columnDefinition in PostgreSQL's syntax, which MySQL and MariaDB cannot hold. */
@Entity
public class Document {
    @Id
    private Long id;

    @Column(columnDefinition = "int4range")
    private String validDuring;
}
