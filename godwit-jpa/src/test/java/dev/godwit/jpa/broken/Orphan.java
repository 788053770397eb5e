package dev.godwit.jpa.broken;

import jakarta.persistence.Entity;

/** An entity Hibernate rejects: it has no @Id. */
@Entity
public class Orphan {
    private String brokenField;
}
