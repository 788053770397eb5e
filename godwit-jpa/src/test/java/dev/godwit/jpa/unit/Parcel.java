package dev.godwit.jpa.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A parcel: listed in the test persistence unit, whose properties name its naming strategy. */
@Entity
@Table(indexes = @Index(name = "ix_parcel_tracking", columnList = "trackingCode"))
public class Parcel {
    @Id
    @GeneratedValue
    private Long id;

    private String trackingCode;

    private Instant createdAt;

    @ManyToOne
    private Depot depot;
}
