package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;

/** SINGLE_TABLE inheritance with a discriminator; AUTO key. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public class Message {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    private Ticket ticket;

    @Column(length = 2000)
    private String text;

    private OffsetDateTime sentAt;
}
