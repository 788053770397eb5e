package dev.godwit.jpa.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import org.hibernate.annotations.Comment;

/** IDENTITY key, @Table indexes and unique constraints, an @Embedded address, @OneToMany, @Comment. */
@Entity
@Table(name = "departments",
        indexes = @Index(name = "ix_departments_city", columnList = "city, name"),
        uniqueConstraints = @UniqueConstraint(name = "uq_departments_code", columnNames = "code"))
@Comment("Help desk departments")
public class Department extends Audited {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 10)
    private String code;

    @Embedded
    private Address address;

    @OneToMany(mappedBy = "department")
    private List<Agent> agents;
}
