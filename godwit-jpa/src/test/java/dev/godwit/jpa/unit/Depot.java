package dev.godwit.jpa.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A depot parcels leave from: listed in the test persistence unit. */
@Entity
public class Depot {
    @Id
    @GeneratedValue
    private Long id;

    private String depotName;
}
