package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A JOINED subclass of Ticket. */
@Entity
public class Escalation extends Ticket {
    @Column(nullable = false)
    private int level;
}
