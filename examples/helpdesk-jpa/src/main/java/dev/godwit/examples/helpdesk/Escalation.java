package dev.godwit.examples.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "escalations")
public class Escalation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Ticket ticket;

    @ManyToOne
    private Agent escalatedTo;

    @ManyToOne
    private Agent escalatedBy;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(nullable = false)
    private int fromLevel;

    @Column(nullable = false)
    private int toLevel;

    @Column(nullable = false)
    private Instant createdAt;
}
