package dev.godwit.jpa.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity the test unit does not list: out of its model unless the unit scans for classes. */
@Entity
public class Unlisted {
    @Id
    private Long id;
}
