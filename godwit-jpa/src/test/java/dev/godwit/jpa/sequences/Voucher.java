package dev.godwit.jpa.sequences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A key from a named sequence with an allocation size of 50: on MariaDB Hibernate writes
 * {@code create sequence voucher_seq start with 1 increment by 50} before the table.
 */
@Entity
@Table(name = "voucher")
public class Voucher {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voucher_seq")
    @SequenceGenerator(name = "voucher_seq", sequenceName = "voucher_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;
}
