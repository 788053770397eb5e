package dev.godwit.examples.helpdesk;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A customer's request; incidents and service requests share the table. */
@Entity
@Table(name = "tickets", indexes = @Index(name = "ix_tickets_status", columnList = "status"))
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 20)
public abstract class Ticket {
    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int priority;

    @ManyToOne
    private Department department;

    @ManyToOne
    private Agent assignedAgent;

    @ManyToMany
    private Set<Agent> watchers;

    @Version
    private int version;

    @Column(nullable = false)
    private Instant createdAt;
}
