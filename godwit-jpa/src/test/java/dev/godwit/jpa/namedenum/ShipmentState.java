package dev.godwit.jpa.namedenum;

/** A shipment's state, stored as a PostgreSQL enum type of its own. */
public enum ShipmentState {
    PENDING, SHIPPED, DELIVERED
}
