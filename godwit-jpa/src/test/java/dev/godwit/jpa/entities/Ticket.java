package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import org.hibernate.annotations.Check;

/** TABLE key generator, JOINED inheritance, @Enumerated both ways, @Lob, precision and scale, @ManyToMany with @JoinTable, @Check. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Check(name = "ck_ticket_cost", constraints = "cost >= 0")
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ticket_ids")
    @TableGenerator(name = "ticket_ids", table = "id_blocks", allocationSize = 10)
    private Long id;

    @Column(nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private Priority priority;

    @Enumerated(EnumType.ORDINAL)
    private Priority internalPriority;

    @Lob
    private String body;

    @Column(precision = 10, scale = 2)
    private BigDecimal cost;

    private LocalDateTime openedAt;

    @ManyToOne
    private Customer customer;

    @ManyToMany
    @JoinTable(name = "ticket_watchers", joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "agent_id"))
    private Set<Agent> watchers;
}
