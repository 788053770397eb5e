package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** @EmbeddedId with a columnDefinition-free score. */
@Entity
public class Rating {
    @EmbeddedId
    private RatingId id;

    @Column(nullable = false)
    private short score;
}
