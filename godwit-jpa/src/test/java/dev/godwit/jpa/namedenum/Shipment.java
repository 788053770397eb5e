package dev.godwit.jpa.namedenum;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An entity with named enums: on PostgreSQL Hibernate writes {@code create type … as enum} before
 * the table, on MySQL/MariaDB an {@code enum(...)} column, on SQLite a check over the values.
 */
@Entity
@Table(name = "shipment", indexes = @Index(name = "ix_shipment_state", columnList = "state"))
public class Shipment {
    @Id
    @GeneratedValue
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    private ShipmentState state;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    private ShipmentState previousState;

    private String reference;
}
