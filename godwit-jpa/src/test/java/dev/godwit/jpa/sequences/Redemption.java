package dev.godwit.jpa.sequences;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A key left to {@code GenerationType.AUTO}: Hibernate's MariaDB dialect gives it the sequence {@code Redemption_SEQ}. */
@Entity
public class Redemption {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Voucher voucher;
}
