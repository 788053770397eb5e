package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.Set;

/** SEQUENCE key with an allocation size, @ManyToOne with @JoinColumn and @ForeignKey, @ElementCollection. */
@Entity
public class Agent {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 20)
    private Long id;

    @Column(unique = true, nullable = false, length = 200)
    private String email;

    @ManyToOne(optional = false)
    @JoinColumn(name = "department_id", foreignKey = @ForeignKey(name = "fk_agent_department"))
    private Department department;

    private LocalDate hiredOn;

    @ElementCollection
    private Set<String> skills;
}
